-- toolbox mentoring: cohorts of mentors and mentees, matched optimally (DOMAIN.md §5.2), with
-- each pair's agreement, its meetings and the end-of-programme feedback
create table toolbox_mentoring_cohort (
	id uuid primary key,
	title varchar(200) not null,
	goal varchar(2000),
	starts_on date not null,
	ends_on date not null,
	status varchar(12) not null,
	enrolment_open boolean not null,
	-- the last matching run: when, and the weights and load step it used (logged with every run)
	matched_at timestamp with time zone,
	run_settings varchar(500),
	published_at timestamp with time zone,
	ended_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_mentoring_cohort_status_ck
		check (status = any (array['ENROLLING', 'MATCHED', 'RUNNING', 'ENDED'])),
	constraint toolbox_mentoring_cohort_dates_ck check (ends_on >= starts_on)
);

create index toolbox_mentoring_cohort_status_ix on toolbox_mentoring_cohort (status);

-- a member of staff who mentors in a cohort: how many mentees, on which topics, when
create table toolbox_mentoring_mentor (
	id uuid primary key,
	cohort_id uuid not null references toolbox_mentoring_cohort (id) on delete cascade,
	person_id uuid not null references person (id),
	capacity integer not null,
	topics varchar(1000),
	availability varchar(300),
	status varchar(12) not null,
	enrolled_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_mentoring_mentor_capacity_ck check (capacity >= 1 and capacity <= 5),
	constraint toolbox_mentoring_mentor_status_ck check (status = any (array['ENROLLED', 'WITHDRAWN'])),
	constraint toolbox_mentoring_mentor_once_uk unique (cohort_id, person_id)
);

create index toolbox_mentoring_mentor_person_ix on toolbox_mentoring_mentor (person_id);

-- a talent who is mentored in a cohort: their goals (as topics) and their preferences; after a
-- matching run, why they were left without a mentor (if they were)
create table toolbox_mentoring_mentee (
	id uuid primary key,
	cohort_id uuid not null references toolbox_mentoring_cohort (id) on delete cascade,
	person_id uuid not null references person (id),
	goals varchar(1000),
	preferred_mentor_id uuid references person (id),
	prefer_other_unit boolean not null,
	previous_mentor varchar(8) not null,
	status varchar(12) not null,
	unmatched_reason varchar(24),
	enrolled_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_mentoring_mentee_previous_ck check (previous_mentor = any (array['NEUTRAL', 'PREFER', 'AVOID'])),
	constraint toolbox_mentoring_mentee_status_ck check (status = any (array['ENROLLED', 'WITHDRAWN'])),
	constraint toolbox_mentoring_mentee_unmatched_ck
		check (unmatched_reason is null or unmatched_reason = any (array['NO_ALLOWED_MENTOR', 'CAPACITY_EXHAUSTED'])),
	constraint toolbox_mentoring_mentee_once_uk unique (cohort_id, person_id)
);

create index toolbox_mentoring_mentee_person_ix on toolbox_mentoring_mentee (person_id);

-- the talent lead's say on one pair before the matching is published: pinned or forbidden
create table toolbox_mentoring_rule (
	id uuid primary key,
	cohort_id uuid not null references toolbox_mentoring_cohort (id) on delete cascade,
	mentee_id uuid not null references toolbox_mentoring_mentee (id) on delete cascade,
	mentor_id uuid not null references toolbox_mentoring_mentor (id) on delete cascade,
	kind varchar(8) not null,
	created_at timestamp with time zone not null,
	constraint toolbox_mentoring_rule_kind_ck check (kind = any (array['PIN', 'FORBID'])),
	constraint toolbox_mentoring_rule_pair_uk unique (mentee_id, mentor_id)
);

create index toolbox_mentoring_rule_cohort_ix on toolbox_mentoring_rule (cohort_id);

-- a mentor and a mentee: a draft of the matching, then active while the cohort runs, then ended;
-- its score with the reasons (factor codes and points, rendered in words), its agreement
create table toolbox_mentoring_pair (
	id uuid primary key,
	cohort_id uuid not null references toolbox_mentoring_cohort (id) on delete cascade,
	mentee_id uuid not null references toolbox_mentoring_mentee (id) on delete cascade,
	mentor_id uuid not null references toolbox_mentoring_mentor (id) on delete cascade,
	mentee_person_id uuid not null references person (id),
	mentor_person_id uuid not null references person (id),
	score integer not null,
	reasons varchar(1000) not null,
	pinned boolean not null,
	status varchar(8) not null,
	agreement_goals varchar(2000),
	agreement_rhythm varchar(200),
	agreement_confidentiality varchar(2000),
	mentor_accepted_on date,
	mentee_accepted_on date,
	ended_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_mentoring_pair_status_ck check (status = any (array['DRAFT', 'ACTIVE', 'ENDED'])),
	constraint toolbox_mentoring_pair_score_ck check (score >= 0 and score <= 1000)
);

create index toolbox_mentoring_pair_cohort_ix on toolbox_mentoring_pair (cohort_id);
create index toolbox_mentoring_pair_mentee_person_ix on toolbox_mentoring_pair (mentee_person_id);
create index toolbox_mentoring_pair_mentor_person_ix on toolbox_mentoring_pair (mentor_person_id);

-- a meeting of a pair: when, about what, and a note only the pair reads
create table toolbox_mentoring_meeting (
	id uuid primary key,
	pair_id uuid not null references toolbox_mentoring_pair (id) on delete cascade,
	held_on date not null,
	topics varchar(500),
	private_note varchar(2000),
	logged_by uuid references person (id),
	created_at timestamp with time zone not null
);

create index toolbox_mentoring_meeting_pair_ix on toolbox_mentoring_meeting (pair_id);

-- end-of-programme feedback from each side of a pair
create table toolbox_mentoring_feedback (
	id uuid primary key,
	pair_id uuid not null references toolbox_mentoring_pair (id) on delete cascade,
	side varchar(8) not null,
	rating integer not null,
	comment varchar(2000),
	given_at timestamp with time zone not null,
	constraint toolbox_mentoring_feedback_side_ck check (side = any (array['MENTOR', 'MENTEE'])),
	constraint toolbox_mentoring_feedback_rating_ck check (rating >= 1 and rating <= 5),
	constraint toolbox_mentoring_feedback_once_uk unique (pair_id, side)
);
