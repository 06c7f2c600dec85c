-- The engine checks authorizations with (USER_ID_ in (<user>, '*') or GROUP_ID_ in (<groups>)) and ...
-- on every task query (Tasklist) and every task completion. The engine's schema indexes GROUP_ID_ and
-- RESOURCE_ID_ but not USER_ID_, so PostgreSQL could not combine two indexes for the "or" and read the
-- whole table: one row per open task and candidate group, 100,000 rows and more in a province.
-- EXPLAIN ANALYZE of the Tasklist query, 20,000 open tasks, before this index: Seq Scan on
-- act_ru_authorization, 27,225 rows removed by the filter, 16.5 of 17.2 ms (docs/performance.md).
-- Plain SQL for H2 and PostgreSQL; the name is the application's, not the engine's.
create index thidua_auth_user_idx on ACT_RU_AUTHORIZATION (USER_ID_);
