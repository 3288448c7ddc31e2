-- tours of duty, first slice: the programme charter (versioned) and the work package catalogue

create table tour_charter (
	version_no integer primary key,
	body varchar(8000) not null,
	author varchar(160) not null,
	created_at timestamp with time zone not null
);

insert into tour_charter (version_no, body, author, created_at) values (1,
'Our alliance

We do not offer lifetime employment, and we do not ask for lifetime loyalty. Neither would be honest: careers and organisations change too fast for either promise to hold. What we offer instead is an alliance between independent parties, with explicit terms, for a defined time.

Make us more valuable and we will make you more valuable. Help the organisation grow and we will help you grow: in skills, knowledge, accomplishments, network and reputation.

Tours of duty

Work here is organised in tours of duty: time-boxed missions with a clear objective, a clear end date and clear gains for both sides. Every tour agreement states what the organisation gains, what you gain for your career, how success is measured, and what each side commits to. Before a tour ends, we talk about the next one: a new tour here, a renewal, or a good exit into our alumni network.

Honesty both ways

We will tell you openly how we see your future here. In return, we ask for the Right of First Conversation: if you are seriously considering another path, or feel your tour no longer fits, talk to your manager first, so that we have a chance to design something better together. It is a moral understanding, not a legal contract, and you need not report every recruiter call.

Leaving well

People who leave on good terms remain part of our network. We stay in touch, collaborate where it helps both sides, and welcome boomerangs back.',
'system', current_timestamp);

create table work_package (
	id uuid primary key,
	title varchar(160) not null,
	description varchar(4000) not null,
	expected_results varchar(2000) not null,
	sponsor_id uuid not null references person (id),
	unit_id uuid not null references org_unit (id),
	start_on date not null,
	end_on date not null,
	time_share integer not null,
	seats integer not null,
	tour_type varchar(20) not null,
	status varchar(10) not null,
	challenging_rating integer not null,
	challenging_justification varchar(300) not null,
	interesting_rating integer not null,
	interesting_justification varchar(300) not null,
	valuable_rating integer not null,
	valuable_justification varchar(300) not null,
	visible_rating integer not null,
	visible_justification varchar(300) not null,
	weak boolean not null,
	created_by_account uuid not null,
	created_by_person uuid,
	created_by_name varchar(160) not null,
	created_at timestamp with time zone not null,
	updated_by_name varchar(160) not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint work_package_dates_ck check (end_on > start_on),
	constraint work_package_time_share_ck check (time_share between 5 and 100),
	constraint work_package_seats_ck check (seats between 1 and 50),
	constraint work_package_ratings_ck check (challenging_rating between 1 and 5 and interesting_rating between 1 and 5
		and valuable_rating between 1 and 5 and visible_rating between 1 and 5)
);

create index work_package_status_idx on work_package (status);

create table work_package_competency (
	work_package_id uuid not null references work_package (id) on delete cascade,
	competency_id uuid not null references competency (id),
	required_level integer not null,
	primary key (work_package_id, competency_id),
	constraint work_package_competency_level_ck check (required_level between 1 and 5)
);

create table work_package_interest (
	id uuid primary key,
	work_package_id uuid not null references work_package (id) on delete cascade,
	person_id uuid not null references person (id),
	note varchar(500),
	expressed_at timestamp with time zone not null,
	constraint work_package_interest_uk unique (work_package_id, person_id)
);

create index work_package_interest_person_idx on work_package_interest (person_id);
