-- people: organisation units, people, employment periods (portable SQL: H2 in PostgreSQL mode and PostgreSQL)
create table org_unit (
	id uuid primary key,
	code varchar(40) not null,
	name varchar(120) not null,
	parent_id uuid references org_unit (id),
	version bigint not null default 0,
	constraint org_unit_code_uk unique (code)
);

create table person (
	id uuid primary key,
	employee_id varchar(40) not null,
	email varchar(254) not null,
	first_name varchar(80) not null,
	last_name varchar(80) not null,
	title varchar(120),
	unit_id uuid references org_unit (id),
	manager_id uuid references person (id),
	hire_date date not null,
	status varchar(20) not null,
	-- lower-cased name, email, employee id and title: one indexed column for directory search
	search_text varchar(600) not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint person_employee_id_uk unique (employee_id),
	constraint person_email_uk unique (email)
);

create index person_manager_idx on person (manager_id);
create index person_unit_idx on person (unit_id);
create index person_name_idx on person (last_name, first_name);

create table employment_period (
	id uuid primary key,
	person_id uuid not null references person (id),
	started_on date not null,
	ended_on date,
	end_reason varchar(200)
);

create index employment_period_person_idx on employment_period (person_id);
