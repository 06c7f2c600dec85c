-- Units are dated: the day a unit starts, the day it ends (from that day it no longer exists) and the
-- unit that succeeds it where it merges into another. Nothing is deleted: an ended unit keeps its
-- reports, nominations and documents under the names of their dates (unit_name).
alter table unit add column valid_from date;
alter table unit add column ended_on date;
alter table unit add column successor varchar(32);
alter table unit add constraint unit_successor_fk foreign key (successor) references unit (code);

-- the names written on documents, each valid from a date until the next one of its kind: the issuing
-- body (DEPARTMENT), its document symbol (SYMBOL), the province (PROVINCE) and the place name (PLACE)
create table organization_name (
  kind         varchar(16)  not null,
  valid_from   date         not null,
  name         varchar(255) not null,
  recorded_at  timestamp    not null,
  recorded_by  varchar(64)  not null,
  primary key (kind, valid_from),
  constraint organization_name_kind check (kind in ('DEPARTMENT', 'SYMBOL', 'PROVINCE', 'PLACE'))
);

-- the names of Kế hoạch 179/KH-LĐTBXH (12/7/2018)
insert into organization_name (kind, valid_from, name, recorded_at, recorded_by) values
  ('DEPARTMENT', date '1900-01-01', 'Sở Lao động - Thương binh và Xã hội', current_timestamp, 'system'),
  ('SYMBOL',     date '1900-01-01', 'LĐTBXH',                               current_timestamp, 'system'),
  ('PROVINCE',   date '1900-01-01', 'Bình Phước',                           current_timestamp, 'system'),
  ('PLACE',      date '1900-01-01', 'Bình Phước',                           current_timestamp, 'system');

insert into app_lock (name) values ('organization');
