-- toolbox diagnostic: the when-to-use diagnostic (DOMAIN.md §6.3) for the organisation or one unit,
-- started by the talent lead with its respondents and the weights of the five conditions; open while it
-- collects answers, closed (result frozen) once the lead closes it
create table toolbox_diagnostic (
	id uuid primary key,
	title varchar(200) not null,
	scope varchar(12) not null,
	-- the unit of a unit diagnostic; null for the organisation
	unit_id uuid references org_unit (id),
	status varchar(8) not null,
	weight_c1 double precision not null default 1,
	weight_c2 double precision not null default 1,
	weight_c3 double precision not null default 1,
	weight_c4 double precision not null default 1,
	weight_c5 double precision not null default 1,
	opened_on date not null,
	closed_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_diagnostic_scope_ck check (scope = any (array['ORGANISATION', 'UNIT'])),
	constraint toolbox_diagnostic_status_ck check (status = any (array['OPEN', 'CLOSED'])),
	constraint toolbox_diagnostic_weights_ck check (weight_c1 > 0 and weight_c2 > 0 and weight_c3 > 0
		and weight_c4 > 0 and weight_c5 > 0)
);

create index toolbox_diagnostic_unit_ix on toolbox_diagnostic (unit_id);

-- the people asked to answer
create table toolbox_diagnostic_respondent (
	diagnostic_id uuid not null references toolbox_diagnostic (id) on delete cascade,
	person_id uuid not null references person (id),
	primary key (diagnostic_id, person_id)
);

create index toolbox_diagnostic_respondent_person_ix on toolbox_diagnostic_respondent (person_id);

-- one respondent's answers; read by its author alone; respondent_id null once they were erased
create table toolbox_diagnostic_response (
	id uuid primary key,
	diagnostic_id uuid not null references toolbox_diagnostic (id) on delete cascade,
	respondent_id uuid references person (id),
	answered_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_diagnostic_response_uq unique (diagnostic_id, respondent_id)
);

create index toolbox_diagnostic_response_respondent_ix on toolbox_diagnostic_response (respondent_id);

-- the answer to one item (its stable id, such as C1_1), from 1 (strongly disagree) to 5 (strongly agree)
create table toolbox_diagnostic_answer (
	response_id uuid not null references toolbox_diagnostic_response (id) on delete cascade,
	item varchar(10) not null,
	score integer not null,
	primary key (response_id, item),
	constraint toolbox_diagnostic_answer_score_ck check (score >= 1 and score <= 5)
);
