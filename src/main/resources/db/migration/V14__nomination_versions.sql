-- Every version of a nomination's achievements (báo cáo thành tích) as the unit sent it: at the start, and at
-- each revision or completion of the dossier. The nomination row holds the latest; nothing here is updated.
create table nomination_version (
  nomination_key      varchar(160)  not null,
  version             integer       not null,
  achievements        varchar(4000) not null,
  unit_minutes_number varchar(100),
  submitted_by        varchar(128),
  submitted_at        timestamp     not null,
  primary key (nomination_key, version)
);
-- nominations recorded before this migration: their current text is their first known version
insert into nomination_version (nomination_key, version, achievements, unit_minutes_number, submitted_by, submitted_at)
select business_key, 1, achievements, unit_minutes_number, submitted_by, submitted_at from nomination;
