-- toolbox programme: leadership and expert development programmes (issue 11): programmes with
-- tracks of modules in order, cohorts of participants from the talent pool, progress per module

create table toolbox_programme (
	id uuid primary key,
	name varchar(200) not null,
	description varchar(2000),
	created_at timestamp with time zone not null,
	version bigint not null default 0
);

create table toolbox_programme_track (
	id uuid primary key,
	programme_id uuid not null references toolbox_programme (id) on delete cascade,
	kind varchar(12) not null,
	name varchar(200) not null,
	position integer not null,
	constraint toolbox_programme_track_kind_ck check (kind = any (array['LEADERSHIP', 'EXPERT']))
);

create index toolbox_programme_track_programme_ix on toolbox_programme_track (programme_id);

create table toolbox_programme_module (
	id uuid primary key,
	track_id uuid not null references toolbox_programme_track (id) on delete cascade,
	position integer not null,
	title varchar(200) not null,
	description varchar(2000),
	-- expected effort in hours
	effort_hours integer,
	required boolean not null
);

create index toolbox_programme_module_track_ix on toolbox_programme_module (track_id);

create table toolbox_programme_cohort (
	id uuid primary key,
	track_id uuid not null references toolbox_programme_track (id),
	name varchar(200) not null,
	starts_on date not null,
	ends_on date,
	-- null: no limit
	capacity integer,
	created_at timestamp with time zone not null,
	version bigint not null default 0
);

create index toolbox_programme_cohort_track_ix on toolbox_programme_cohort (track_id);

create table toolbox_programme_participant (
	id uuid primary key,
	cohort_id uuid not null references toolbox_programme_cohort (id) on delete cascade,
	person_id uuid not null references person (id),
	status varchar(12) not null,
	enrolled_on date not null,
	completed_on date,
	withdrawn_on date,
	constraint toolbox_programme_participant_uk unique (cohort_id, person_id),
	constraint toolbox_programme_participant_status_ck
		check (status = any (array['ENROLLED', 'COMPLETED', 'WITHDRAWN']))
);

create index toolbox_programme_participant_person_ix on toolbox_programme_participant (person_id);

create table toolbox_programme_progress (
	id uuid primary key,
	participant_id uuid not null references toolbox_programme_participant (id) on delete cascade,
	module_id uuid not null references toolbox_programme_module (id),
	state varchar(12) not null,
	completed_on date,
	updated_on date not null,
	constraint toolbox_programme_progress_uk unique (participant_id, module_id),
	constraint toolbox_programme_progress_state_ck
		check (state = any (array['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED']))
);

create index toolbox_programme_progress_participant_ix on toolbox_programme_progress (participant_id);
