-- Units (đơn vị) that report to the Department, and the names they carried over time.
create table unit (
  code        varchar(32)  not null primary key,
  name        varchar(255) not null,
  kind        varchar(16)  not null,
  email       varchar(255),
  active      boolean      not null default true,
  updated_at  timestamp    not null default current_timestamp,
  constraint unit_kind_check check (kind in ('DISTRICT', 'DIVISION', 'CENTRE'))
);

-- A unit's name is dated: a document or report shows the name valid on its own date.
-- The row with the latest valid_from not after the date wins; unit.name is the current name.
create table unit_name (
  unit_code   varchar(32)  not null references unit (code),
  valid_from  date         not null,
  name        varchar(255) not null,
  primary key (unit_code, valid_from)
);

-- Rows locked with SELECT ... FOR UPDATE to serialise start-up work between nodes sharing one database.
create table app_lock (
  name varchar(64) not null primary key
);
insert into app_lock (name) values ('organization-sync');
