-- ShedLock's table (issue 8, item 7): one row per scheduled job, so that on several instances
-- each run of a job happens on one of them. The times are the database's own (usingDbTime),
-- without time zone: PostgreSQL writes them in UTC, H2 in its session's zone, and each database
-- only compares them with its own clock.
create table shedlock (
	name varchar(64) not null primary key,
	lock_until timestamp(3) not null,
	locked_at timestamp(3) not null,
	locked_by varchar(255) not null
);
