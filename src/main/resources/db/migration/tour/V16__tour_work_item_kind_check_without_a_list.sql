-- The kind of a resource request or obstacle, checked without a list of values (issue 7, item 2).
-- H2 2.4.240 keeps the session that created a CHECK constraint with a list (kind in (...), or an
-- OR of equalities, which H2 turns into one) inside the constraint. Once the connection pool
-- retires the connection Flyway used, every insert fails with "Check constraint invalid" until the
-- database is opened again (H2 issue 4302, fixed after 2.4.240). "= any (array[...])" means the
-- same on H2 and PostgreSQL and holds no session. Databases made by V13 get the new form here.
alter table tour_work_item drop constraint tour_work_item_kind_ck;
alter table tour_work_item add constraint tour_work_item_kind_ck check (kind = any (array['RESOURCE', 'OBSTACLE']));
