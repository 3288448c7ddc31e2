-- tours of duty, steps 5 and 6: the mission drafted together (every save a new revision, never
-- overwritten, with comments) and the agreement (versions: drafted, sent, signed by both, frozen;
-- an amendment is the next version)

create table tour_mission_revision (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	revision_no integer not null,
	objective varchar(4000) not null,
	company_gains varchar(4000) not null,
	talent_gains varchar(4000) not null,
	success_measures varchar(4000) not null,
	author_account uuid not null,
	author_name varchar(160) not null,
	created_at timestamp with time zone not null,
	-- two saves on the same base collide here instead of both being stored
	constraint tour_mission_revision_no_uk unique (tour_id, revision_no)
);

create table tour_mission_comment (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	revision_no integer,
	body varchar(2000) not null,
	author_account uuid not null,
	author_name varchar(160) not null,
	created_at timestamp with time zone not null
);

create index tour_mission_comment_tour_idx on tour_mission_comment (tour_id, created_at);

create table tour_agreement (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	version_no integer not null,
	status varchar(24) not null,
	amendment_reason varchar(2000),
	scope varchar(4000),
	start_on date not null,
	end_on date not null,
	time_share integer not null,
	deliverables varchar(4000),
	learning_goals varchar(4000),
	visibility_moments varchar(4000),
	company_resources varchar(4000),
	company_sponsorship varchar(4000),
	company_coaching varchar(4000),
	company_exposure varchar(4000),
	company_follow_on varchar(4000),
	company_reference varchar(4000),
	talent_commitments varchar(4000),
	next_conversation_on date not null,
	charter_version_no integer,
	charter_text varchar(8000),
	mission_revision_no integer,
	mission_objective varchar(4000),
	mission_company_gains varchar(4000),
	mission_talent_gains varchar(4000),
	mission_success_measures varchar(4000),
	sent_at timestamp with time zone,
	talent_signed_by varchar(160),
	talent_signed_at timestamp with time zone,
	rofc_acknowledged boolean not null default false,
	manager_signed_by varchar(160),
	manager_signed_at timestamp with time zone,
	created_by_name varchar(160) not null,
	created_at timestamp with time zone not null,
	updated_by_name varchar(160) not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint tour_agreement_version_uk unique (tour_id, version_no),
	constraint tour_agreement_dates_ck check (end_on > start_on),
	constraint tour_agreement_share_ck check (time_share between 5 and 100)
);
