-- recruit for connections: candidates (not people until hired) and the network assets they bring
create table network_candidate (
	id uuid primary key,
	name varchar(120) not null,
	role_applied_for varchar(120) not null,
	stage varchar(20) not null,
	note varchar(1000),
	-- the manager who hires them (sees them too); a person of the organisation, by id
	hiring_manager_id uuid references person (id),
	-- the person they became when hired
	person_id uuid references person (id),
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint network_candidate_person_uk unique (person_id)
);

create index network_candidate_stage_ix on network_candidate (stage);
create index network_candidate_manager_ix on network_candidate (hiring_manager_id);

-- a community, organisation, arena or domain a candidate connects to; one of a kind and name each
create table network_candidate_asset (
	id uuid primary key,
	candidate_id uuid not null references network_candidate (id) on delete cascade,
	kind varchar(20) not null,
	name varchar(120) not null,
	-- the name as assets are compared: trimmed, single spaces, lower case
	name_key varchar(120) not null,
	description varchar(200),
	created_at timestamp with time zone not null,
	constraint network_candidate_asset_uk unique (candidate_id, kind, name_key)
);

create index network_candidate_asset_candidate_ix on network_candidate_asset (candidate_id);
