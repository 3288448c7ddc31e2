-- tours of duty: the tour itself and the history of its states; the mission, agreement, work
-- items and tracking hang off it in later migrations

create table tour (
	id uuid primary key,
	title varchar(160) not null,
	talent_id uuid not null references person (id),
	manager_id uuid not null references person (id),
	work_package_id uuid references work_package (id),
	tour_type varchar(20) not null,
	state varchar(20) not null,
	start_on date not null,
	end_on date not null,
	time_share integer not null,
	check_in_cadence_days integer not null,
	next_conversation_on date,
	ended_reason varchar(1000),
	ended_on date,
	created_by_account uuid not null,
	created_by_name varchar(160) not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint tour_dates_ck check (end_on > start_on),
	constraint tour_time_share_ck check (time_share between 5 and 100),
	constraint tour_cadence_ck check (check_in_cadence_days between 7 and 90)
);

create index tour_talent_idx on tour (talent_id);
create index tour_manager_idx on tour (manager_id);
create index tour_state_idx on tour (state);
create index tour_package_idx on tour (work_package_id);

create table tour_state_change (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	from_state varchar(20),
	to_state varchar(20) not null,
	reason varchar(1000),
	changed_by varchar(160) not null,
	changed_at timestamp with time zone not null
);

create index tour_state_change_tour_idx on tour_state_change (tour_id, changed_at);
