-- tours of duty, step 8: check-ins on the tour's cadence (with milestones and a note from each
-- side), coaching sessions, wins with their audience and the sponsor's endorsement, and the
-- reminders already sent (so the daily job is idempotent)

create table tour_check_in (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	held_on date not null,
	progress integer not null,
	status varchar(20) not null,
	talent_note varchar(4000),
	talent_noted_at timestamp with time zone,
	manager_note varchar(4000),
	manager_noted_by varchar(160),
	manager_noted_at timestamp with time zone,
	created_by_name varchar(160) not null,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint tour_check_in_progress_ck check (progress between 0 and 100),
	constraint tour_check_in_day_uq unique (tour_id, held_on)
);

create index tour_check_in_tour_idx on tour_check_in (tour_id, held_on);

create table tour_check_in_milestone (
	check_in_id uuid not null references tour_check_in (id) on delete cascade,
	position integer not null,
	text varchar(300) not null,
	done boolean not null,
	primary key (check_in_id, position)
);

create table tour_coaching_session (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	check_in_id uuid references tour_check_in (id) on delete set null,
	topic varchar(500) not null,
	requested_by uuid not null references person (id),
	coach_id uuid not null references person (id),
	scheduled_at timestamp,
	status varchar(20) not null,
	notes varchar(4000),
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0
);

create index tour_coaching_tour_idx on tour_coaching_session (tour_id);
create index tour_coaching_coach_idx on tour_coaching_session (coach_id);

create table tour_win (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	title varchar(160) not null,
	story varchar(4000) not null,
	won_on date not null,
	audience varchar(20),
	state varchar(20) not null,
	author_id uuid not null references person (id),
	author_name varchar(160) not null,
	published_at timestamp with time zone,
	endorsed_by uuid references person (id),
	endorsed_by_name varchar(160),
	endorsed_at timestamp with time zone,
	created_at timestamp with time zone not null,
	version bigint not null default 0
);

create index tour_win_tour_idx on tour_win (tour_id);
create index tour_win_feed_idx on tour_win (state, won_on);

create table tour_tracking_reminder (
	tour_id uuid not null references tour (id) on delete cascade,
	kind varchar(20) not null,
	due_on date not null,
	sent_at timestamp with time zone not null,
	primary key (tour_id, kind, due_on)
);
