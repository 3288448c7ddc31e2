-- network: each talent's private map of developers, the ties between them, and the network they want
create table network_developer (
	id uuid primary key,
	talent_id uuid not null references person (id),
	-- an internal developer is a person of the organisation (their name is the person's); an external one is named here
	person_id uuid references person (id),
	name varchar(120),
	organisation varchar(120),
	-- works for the organisation (kept when the person is erased: the talent's measures stay as they were)
	internal boolean not null,
	arena varchar(30) not null,
	developer_role varchar(30) not null,
	closeness integer not null,
	contact_frequency varchar(20) not null,
	last_contact date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint network_developer_closeness_ck check (closeness between 1 and 5),
	constraint network_developer_named_ck check (person_id is not null or name is not null),
	constraint network_developer_person_uk unique (talent_id, person_id)
);

create index network_developer_talent_ix on network_developer (talent_id);

create table network_developer_support (
	developer_id uuid not null references network_developer (id) on delete cascade,
	support_function varchar(40) not null,
	primary key (developer_id, support_function)
);

-- two developers of the same map who know each other, stored once with the smaller id first
create table network_tie (
	id uuid primary key,
	talent_id uuid not null references person (id),
	one_id uuid not null references network_developer (id) on delete cascade,
	other_id uuid not null references network_developer (id) on delete cascade,
	created_at timestamp with time zone not null,
	constraint network_tie_pair_uk unique (one_id, other_id),
	constraint network_tie_not_self_ck check (one_id <> other_id)
);

create index network_tie_talent_ix on network_tie (talent_id);

-- the desired network: a developer the talent does not have yet ("a sponsor in product management")
create table network_gap (
	id uuid primary key,
	talent_id uuid not null references person (id),
	developer_role varchar(30) not null,
	arena varchar(30),
	description varchar(200) not null,
	created_at timestamp with time zone not null
);

create index network_gap_talent_ix on network_gap (talent_id);

-- whom a talent shares their network with (private by default: no row, no reader)
create table network_share (
	id uuid primary key,
	talent_id uuid not null references person (id),
	audience varchar(20) not null,
	scope varchar(10) not null,
	shared_at timestamp with time zone not null,
	constraint network_share_audience_uk unique (talent_id, audience)
);
