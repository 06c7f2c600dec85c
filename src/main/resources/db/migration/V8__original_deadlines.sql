-- The due date first set, kept when a deadline is extended: the Cockpit view "Thi đua" shows whether a
-- round's or a unit's deadline was extended. Rows written by a version without these columns keep null,
-- read as "not extended".
alter table round add column original_deadline date;
update round set original_deadline = deadline;

alter table unit_report add column original_due_at timestamp;
update unit_report set original_due_at = due_at;
