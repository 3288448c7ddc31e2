-- network plan: each talent's development plan (activities tied to the gaps of their desired
-- network) and their networking fund. Money is in whole cents (bigint), never a float.
create table network_plan_activity (
	id uuid primary key,
	talent_id uuid not null references person (id),
	kind varchar(30) not null,
	title varchar(160) not null,
	starts_on date not null,
	ends_on date,
	estimated_cents bigint not null,
	status varchar(12) not null,
	outcome varchar(2000),
	actual_cents bigint,
	done_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint network_plan_activity_estimated_ck check (estimated_cents >= 0),
	constraint network_plan_activity_actual_ck check (actual_cents is null or actual_cents >= 0),
	constraint network_plan_activity_period_ck check (ends_on is null or ends_on >= starts_on),
	constraint network_plan_activity_done_ck check (status <> 'DONE' or actual_cents is not null)
);

create index network_plan_activity_talent_ix on network_plan_activity (talent_id);

-- the gaps of the desired network an activity serves (a removed gap leaves its activities)
create table network_plan_activity_gap (
	activity_id uuid not null references network_plan_activity (id) on delete cascade,
	gap_id uuid not null references network_gap (id) on delete cascade,
	primary key (activity_id, gap_id)
);

create index network_plan_activity_gap_gap_ix on network_plan_activity_gap (gap_id);

-- the people met at an activity done; developer_id is the developer they became on the map, if added
create table network_plan_person_met (
	activity_id uuid not null references network_plan_activity (id) on delete cascade,
	row_no integer not null,
	name varchar(120) not null,
	organisation varchar(120),
	arena varchar(30) not null,
	developer_role varchar(30) not null,
	developer_id uuid,
	primary key (activity_id, row_no)
);

-- a talent's networking fund for one calendar year: the budget the talent lead set (null: the default)
create table network_plan_fund (
	id uuid primary key,
	talent_id uuid not null references person (id),
	fund_year integer not null,
	budget_cents bigint,
	version bigint not null default 0,
	constraint network_plan_fund_year_uk unique (talent_id, fund_year),
	constraint network_plan_fund_budget_ck check (budget_cents is null or budget_cents >= 0)
);

-- a talent who has left: their plan stays theirs, their fund spends no more
create table network_plan_fund_stop (
	talent_id uuid primary key references person (id),
	stopped_on date not null
);
