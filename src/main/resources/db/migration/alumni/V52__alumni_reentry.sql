-- alumni re-entry: an alumnus asks to come back (or the talent lead starts it for them), the talent
-- lead and the hiring manager they name re-evaluate alignment (DOMAIN.md 4.2) and decide
create table alumni_reentry_request (
	id uuid primary key,
	person_id uuid not null references person (id),
	origin varchar(12) not null,
	-- who started it: the alumnus, or the talent lead (null once they are erased)
	started_by uuid references person (id),
	target_role varchar(200),
	available_from date,
	employers_since varchar(1000),
	new_skills varchar(1000),
	why_return varchar(2000),
	status varchar(20) not null,
	hiring_manager_id uuid references person (id),
	-- the evaluation: read only by the talent lead and the hiring manager
	root_cause_fixed boolean not null default false,
	root_cause_note varchar(1000),
	prior_rating integer,
	interim_relevance integer,
	coordination_heavy boolean,
	outsider_resistant boolean,
	realistic_premium boolean,
	premium_note varchar(1000),
	eligibility_override_note varchar(1000),
	evaluated_at timestamp with time zone,
	decision varchar(10),
	rationale varchar(2000),
	decided_on date,
	decided_by uuid references person (id),
	rehired_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint alumni_reentry_prior_rating_ck check (prior_rating is null or prior_rating between 1 and 5),
	constraint alumni_reentry_relevance_ck check (interim_relevance is null or interim_relevance between 1 and 5)
);

create index alumni_reentry_request_person_ix on alumni_reentry_request (person_id, created_at);
create index alumni_reentry_request_manager_ix on alumni_reentry_request (hiring_manager_id);
