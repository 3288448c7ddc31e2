-- alumni exit: the talent lead's taxonomy of exit reasons, and the exit protocol of a person leaving
-- (or who left before the platform): reason and rehire eligibility, connection protocol and the
-- leaver's own consent, collaboration opportunities, the re-entry discussion, the knowledge handover
-- and the exit interview
create table alumni_exit_reason (
	code varchar(40) primary key,
	label varchar(120) not null,
	kind varchar(20) not null,
	active boolean not null default true,
	position integer not null,
	version bigint not null default 0
);

insert into alumni_exit_reason (code, label, kind, active, position) values
	('NEW_ROLE', 'A new role elsewhere', 'CAREER_GOAL', true, 10),
	('STUDIES', 'Studies', 'CAREER_GOAL', true, 20),
	('OWN_COMPANY', 'Starting their own company', 'CAREER_GOAL', true, 30),
	('FAMILY', 'Family or personal reasons', 'PERSONAL', true, 40),
	('RELOCATION', 'Relocation', 'PERSONAL', true, 50),
	('PAY', 'Pay', 'DISSATISFACTION', true, 60),
	('MANAGEMENT', 'Management', 'DISSATISFACTION', true, 70),
	('WORKLOAD', 'Workload', 'DISSATISFACTION', true, 80),
	('CULTURE', 'Culture', 'DISSATISFACTION', true, 90),
	('RESTRUCTURING', 'Restructuring', 'ORGANISATIONAL', true, 100),
	('END_OF_CONTRACT', 'End of contract', 'ORGANISATIONAL', true, 110),
	('FOR_CAUSE', 'Dismissed for cause', 'FOR_CAUSE', true, 120);

create table alumni_exit (
	id uuid primary key,
	person_id uuid not null references person (id),
	-- the person while the protocol is open (one open protocol a person), null once completed
	open_person_id uuid unique references person (id),
	-- their manager when it started: they read the reason, the handover and the collaborations
	manager_id uuid references person (id),
	state varchar(12) not null,
	-- recorded for someone who had already left before the platform: no leaving is recorded again
	past_exit boolean not null,
	started_at timestamp with time zone not null,
	started_by uuid references person (id),
	leaving_on date,
	-- what the closing review of a tour that ended in a good exit said, when it started the protocol
	from_tour_id uuid,
	tour_results varchar(4000),
	tour_skills varchar(2000),
	tour_next_step varchar(2000),
	reason_code varchar(40) references alumni_exit_reason (code),
	eligibility varchar(12),
	eligibility_note varchar(1000),
	private_email varchar(254),
	channels varchar(200),
	cadence varchar(20),
	consent_given_at timestamp with time zone,
	consent_withdrawn_at timestamp with time zone,
	open_to_return varchar(8),
	return_when varchar(200),
	return_conditions varchar(2000),
	interview_anonymity varchar(10),
	interview_reason_code varchar(40) references alumni_exit_reason (code),
	interview_would_have_kept varchar(2000),
	interview_comments varchar(4000),
	interview_given_at timestamp with time zone,
	completed_at timestamp with time zone,
	version bigint not null default 0
);

create index alumni_exit_person_ix on alumni_exit (person_id);
create index alumni_exit_manager_ix on alumni_exit (manager_id);
create index alumni_exit_state_ix on alumni_exit (state, started_at);

create table alumni_exit_collaboration (
	exit_id uuid not null references alumni_exit (id) on delete cascade,
	position integer not null,
	kind varchar(20) not null,
	description varchar(500),
	owner_id uuid references person (id),
	due_on date,
	primary key (exit_id, position)
);

create table alumni_exit_handover (
	exit_id uuid not null references alumni_exit (id) on delete cascade,
	position integer not null,
	item varchar(300),
	owner_id uuid references person (id),
	due_on date,
	done boolean not null,
	primary key (exit_id, position)
);
