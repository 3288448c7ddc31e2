-- alumni portal: what the talent lead posts to alumni (news, collaboration opportunities, roles or
-- work packages shared with alumni), who of the alumni is interested, and the candidates alumni refer
create table alumni_post (
	id uuid primary key,
	kind varchar(20) not null,
	collaboration_kind varchar(20),
	title varchar(160) not null,
	body varchar(4000) not null,
	-- a role may point to a work package of the tours' catalogue (no foreign key: another module's table)
	work_package_id uuid,
	published_on date not null,
	closes_on date,
	-- the talent lead who posted it (null once they are erased: the post stays the organisation's)
	author_id uuid references person (id),
	-- interest of alumni who have since been erased: a count, naming nobody
	erased_interest integer not null default 0,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint alumni_post_kind_ck check (kind = any (array['NEWS', 'COLLABORATION', 'ROLE'])),
	constraint alumni_post_collaboration_ck check ((kind = 'COLLABORATION') = (collaboration_kind is not null)),
	constraint alumni_post_closes_ck check (closes_on is null or closes_on >= published_on)
);

create index alumni_post_published_ix on alumni_post (kind, published_on);

-- an alumnus said "I'm interested" in an opportunity or a role
create table alumni_post_interest (
	id uuid primary key,
	post_id uuid not null references alumni_post (id) on delete cascade,
	person_id uuid not null references person (id),
	-- the entry of the register's interactions log it made
	interaction_id uuid,
	created_at timestamp with time zone not null,
	constraint alumni_post_interest_uq unique (post_id, person_id)
);

create index alumni_post_interest_person_ix on alumni_post_interest (person_id);

-- a candidate an alumnus referred for a role or a post; erased with the alumnus who referred them
create table alumni_referral (
	id uuid primary key,
	referrer_id uuid not null references person (id),
	post_id uuid references alumni_post (id) on delete set null,
	-- what they are referred for, as the alumnus wrote it (or the post's title when they chose a post)
	referred_for varchar(160) not null,
	candidate_name varchar(160) not null,
	candidate_email varchar(254) not null,
	reason varchar(2000) not null,
	status varchar(12) not null,
	-- the entry of the register's interactions log it made
	interaction_id uuid,
	created_at timestamp with time zone not null,
	status_changed_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint alumni_referral_status_ck check (status = any (array['NEW', 'IN_PROCESS', 'HIRED', 'DECLINED']))
);

create index alumni_referral_referrer_ix on alumni_referral (referrer_id);
create index alumni_referral_status_ix on alumni_referral (status, created_at);
