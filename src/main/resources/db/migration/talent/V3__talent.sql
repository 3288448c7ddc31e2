-- talent: competency catalogue, talent pool designations, profiles, notes, 9-box labels
create table competency (
	id uuid primary key,
	name varchar(80) not null,
	category varchar(40) not null,
	description varchar(400),
	constraint competency_name_uk unique (name)
);

create table talent_designation (
	person_id uuid primary key references person (id),
	reason varchar(30) not null,
	evidence varchar(2000) not null,
	review_on date not null,
	performance integer not null,
	potential integer not null,
	designated_by varchar(60) not null,
	designated_at timestamp with time zone not null,
	ended_at timestamp with time zone,
	end_reason varchar(400),
	version bigint not null default 0,
	constraint talent_designation_performance_ck check (performance between 1 and 3),
	constraint talent_designation_potential_ck check (potential between 1 and 3)
);

create table talent_profile (
	person_id uuid primary key references person (id),
	short_term_aspiration varchar(1000),
	long_term_aspiration varchar(1000),
	personal_brand varchar(1000),
	potential_statement varchar(1000),
	updated_at timestamp with time zone not null,
	updated_by varchar(60) not null,
	version bigint not null default 0
);

create table profile_value (
	person_id uuid not null references talent_profile (person_id) on delete cascade,
	rank_no integer not null,
	value_text varchar(80) not null,
	primary key (person_id, rank_no)
);

create table profile_desired_role (
	person_id uuid not null references talent_profile (person_id) on delete cascade,
	position_no integer not null,
	role_title varchar(120) not null,
	primary key (person_id, position_no)
);

create table profile_competency (
	person_id uuid not null references talent_profile (person_id) on delete cascade,
	competency_id uuid not null references competency (id),
	proficiency integer not null,
	evidence varchar(1000),
	primary key (person_id, competency_id),
	constraint profile_competency_proficiency_ck check (proficiency between 1 and 5)
);

create index profile_competency_competency_idx on profile_competency (competency_id);

create table profile_note (
	id uuid primary key,
	person_id uuid not null references person (id),
	author_account_id uuid not null,
	author_name varchar(160) not null,
	body varchar(4000) not null,
	created_at timestamp with time zone not null
);

create index profile_note_person_idx on profile_note (person_id);

-- performance x potential labels (1 low, 2 moderate, 3 high); the talent lead can rename them
create table nine_box_label (
	performance integer not null,
	potential integer not null,
	label varchar(60) not null,
	primary key (performance, potential)
);

insert into nine_box_label (performance, potential, label) values
	(1, 1, 'Under-performer'), (2, 1, 'Effective'), (3, 1, 'Trusted professional'),
	(1, 2, 'Inconsistent player'), (2, 2, 'Core player'), (3, 2, 'High performer'),
	(1, 3, 'Rough diamond'), (2, 3, 'Emerging talent'), (3, 3, 'Future leader');
