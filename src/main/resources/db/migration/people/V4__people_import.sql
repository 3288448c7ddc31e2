-- people: HR import batches (portable SQL: H2 in PostgreSQL mode and PostgreSQL).
-- The uploaded file is kept with its batch so that the previewed file is exactly what runs,
-- and progress lives here (not in memory) so any instance can show it.
create table import_batch (
	id uuid primary key,
	file_name varchar(255) not null,
	uploaded_by varchar(60) not null,
	uploaded_at timestamp with time zone not null,
	status varchar(20) not null,
	total_rows integer not null,
	processed_rows integer not null,
	created_count integer not null,
	updated_count integer not null,
	unchanged_count integer not null,
	error_count integer not null,
	csv_content text not null,
	failure_reason varchar(1000),
	started_at timestamp with time zone,
	finished_at timestamp with time zone
);

create index import_batch_uploaded_idx on import_batch (uploaded_at);

create table import_row_error (
	batch_id uuid not null references import_batch (id) on delete cascade,
	seq_no integer not null,
	row_no integer not null,
	column_name varchar(40),
	code varchar(80) not null,
	cell_value varchar(300),
	primary key (batch_id, seq_no)
);

-- the directory's order (last name, first name, id): lets the page query read in index order and
-- stop after one page instead of sorting every match
create index person_directory_idx on person (last_name, first_name, id);
