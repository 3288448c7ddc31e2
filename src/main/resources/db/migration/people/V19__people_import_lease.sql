-- people: an import holds a lease while it runs (renewed by a heartbeat), so that an import whose
-- process died is marked FAILED (and may run again) instead of staying RUNNING for ever.
-- The counts say what is committed: an import runs in one transaction, so a batch that is running
-- or failed has written nothing; what the file would do is kept as its plan.
alter table import_batch add column planned_created integer not null default 0;
alter table import_batch add column planned_updated integer not null default 0;
alter table import_batch add column planned_unchanged integer not null default 0;
alter table import_batch add column lease_token varchar(36);
alter table import_batch add column lease_until timestamp with time zone;

update import_batch set planned_created = created_count, planned_updated = updated_count,
	planned_unchanged = unchanged_count;
update import_batch set created_count = 0, updated_count = 0, unchanged_count = 0
	where status in ('RUNNING', 'FAILED');
update import_batch set processed_rows = 0 where status = 'FAILED';

-- the sweep looks for running batches only
create index import_batch_status_idx on import_batch (status);
