-- network: introductions a talent asks for, brokered by their manager, the talent leads or a colleague
create table network_introduction (
	id uuid primary key,
	talent_id uuid not null references person (id),
	-- PERSON, ORGANISATION or COMMUNITY; a person of the organisation is named by id, anyone else here
	target_kind varchar(20) not null,
	target_person_id uuid references person (id),
	target_name varchar(120),
	target_organisation varchar(120),
	purpose varchar(1000) not null,
	-- the gap of the talent's desired network it serves (the talent's own: never shown to the broker)
	gap_id uuid,
	-- MANAGER, TALENT_LEAD or COLLEAGUE; a request to the talent leads has no broker until one of them answers
	broker_kind varchar(20) not null,
	broker_id uuid references person (id),
	-- the broker was erased: shown as a former colleague
	broker_erased boolean not null default false,
	state varchar(20) not null,
	broker_note varchar(1000),
	channel varchar(20),
	introduced_on date,
	introduction_note varchar(1000),
	outcome varchar(20),
	-- the developer the talent added to their map from this introduction
	developer_id uuid,
	-- why the platform ended it (the talent or the broker left)
	closed_reason varchar(20),
	asked_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint network_introduction_target_ck check (target_person_id is not null or target_name is not null)
);

create index network_introduction_talent_ix on network_introduction (talent_id);
create index network_introduction_broker_ix on network_introduction (broker_id);
create index network_introduction_state_ix on network_introduction (broker_kind, state);
