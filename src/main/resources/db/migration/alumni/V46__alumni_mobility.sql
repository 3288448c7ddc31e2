-- alumni mobility: the mobility policy (every published version kept, numbered 1, 2, 3 ...) and each
-- talent's confidential career horizon (one row a talent; deleted when they leave or are erased)
create table alumni_mobility_policy (
	id uuid primary key,
	number integer not null,
	title varchar(200) not null,
	body varchar(20000) not null,
	what_changed varchar(2000),
	published_at timestamp with time zone not null,
	-- the talent lead who published it (null once they are erased)
	published_by uuid references person (id),
	constraint alumni_mobility_policy_number_uq unique (number),
	constraint alumni_mobility_policy_number_ck check (number >= 1)
);

create table alumni_career_horizon (
	person_id uuid primary key references person (id),
	kind varchar(20) not null,
	within_months integer,
	note varchar(1000),
	shared_with_manager boolean not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint alumni_career_horizon_months_ck check ((kind = 'EXPLORING_OUTSIDE' and within_months = any (array[3, 6, 12, 24]))
		or (kind <> 'EXPLORING_OUTSIDE' and within_months is null))
);
