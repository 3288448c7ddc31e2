-- toolbox assessment: assessment centres (issue 11): the centre, its exercises, the competencies
-- it assesses (ids of the talent module's catalogue) and which exercise observes which, the
-- participants (talents) and the assessors, who observes whom, every assessor's ratings, and per
-- participant the wash-up's consensus and the report released to them
create table assessment_centre (
	id uuid primary key,
	title varchar(160) not null,
	held_on date not null,
	purpose varchar(2000),
	status varchar(12) not null,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint assessment_centre_status_ck check (status = any (array['SETUP', 'RATING', 'WASH_UP']))
);

create index assessment_centre_held_ix on assessment_centre (held_on);

create table assessment_exercise (
	id uuid primary key,
	centre_id uuid not null references assessment_centre (id) on delete cascade,
	name varchar(120) not null,
	kind varchar(20) not null,
	description varchar(2000),
	position_no integer not null,
	constraint assessment_exercise_kind_ck check (kind = any (array['IN_TRAY', 'ROLE_PLAY', 'GROUP_DISCUSSION',
		'PRESENTATION', 'CASE_STUDY', 'INTERVIEW', 'OTHER']))
);

create index assessment_exercise_centre_ix on assessment_exercise (centre_id);

-- the competencies a centre assesses: ids of the talent module's catalogue, no foreign key into it
create table assessment_centre_competency (
	centre_id uuid not null references assessment_centre (id) on delete cascade,
	competency_id uuid not null,
	primary key (centre_id, competency_id)
);

-- the matrix: which exercise observes which competency
create table assessment_observation (
	centre_id uuid not null references assessment_centre (id) on delete cascade,
	exercise_id uuid not null,
	competency_id uuid not null,
	primary key (centre_id, exercise_id, competency_id)
);

create table assessment_assessor (
	centre_id uuid not null references assessment_centre (id) on delete cascade,
	person_id uuid not null references person (id),
	primary key (centre_id, person_id)
);

create index assessment_assessor_person_ix on assessment_assessor (person_id);

-- a participant, with the wash-up's outcome for them: development suggestions, finalised, released
create table assessment_participant (
	id uuid primary key,
	centre_id uuid not null references assessment_centre (id) on delete cascade,
	person_id uuid not null references person (id),
	development_suggestions varchar(4000),
	finalised_on date,
	released_on date,
	version bigint not null default 0,
	constraint assessment_participant_uq unique (centre_id, person_id)
);

create index assessment_participant_person_ix on assessment_participant (person_id);

-- who observes (and rates) whom
create table assessment_observer (
	participant_id uuid not null references assessment_participant (id) on delete cascade,
	assessor_id uuid not null references person (id),
	primary key (participant_id, assessor_id)
);

create index assessment_observer_assessor_ix on assessment_observer (assessor_id);

-- the wash-up's consensus rating per competency, with the chair's rationale
create table assessment_consensus (
	participant_id uuid not null references assessment_participant (id) on delete cascade,
	competency_id uuid not null,
	rating integer not null,
	rationale varchar(2000),
	primary key (participant_id, competency_id),
	constraint assessment_consensus_rating_ck check (rating between 1 and 5)
);

-- an assessor's rating of a participant in one competency in one exercise, with the evidence;
-- the assessor is null once they were erased (the rating and its evidence stay for the wash-up)
create table assessment_rating (
	id uuid primary key,
	centre_id uuid not null references assessment_centre (id) on delete cascade,
	participant_id uuid not null references assessment_participant (id) on delete cascade,
	assessor_id uuid references person (id),
	exercise_id uuid not null references assessment_exercise (id) on delete cascade,
	competency_id uuid not null,
	rating integer not null,
	evidence varchar(2000) not null,
	rated_at timestamp with time zone not null,
	constraint assessment_rating_ck check (rating between 1 and 5)
);

create index assessment_rating_participant_ix on assessment_rating (participant_id);
create index assessment_rating_assessor_ix on assessment_rating (assessor_id);
