-- toolbox rotation: rotation plans for tours of duty, a cohort of talents placed on the open seats
-- of rotational work packages by the optimal assignment, confirmed into proposed tours
create table toolbox_rotation_plan (
	id uuid primary key,
	name varchar(120) not null,
	status varchar(12) not null,
	-- the talent lead who made it; null once erased
	created_by uuid,
	created_at timestamp with time zone not null,
	planned_at timestamp with time zone not null,
	confirmed_by uuid,
	confirmed_at timestamp with time zone,
	total_score bigint not null default 0,
	version bigint not null default 0,
	constraint toolbox_rotation_plan_status_ck check (status = any (array['DRAFT', 'CONFIRMED']))
);

create index toolbox_rotation_plan_status_ix on toolbox_rotation_plan (status, confirmed_at);

-- the talents of the plan's cohort
create table toolbox_rotation_cohort (
	plan_id uuid not null references toolbox_rotation_plan (id) on delete cascade,
	person_id uuid not null,
	primary key (plan_id, person_id)
);

create index toolbox_rotation_cohort_person_ix on toolbox_rotation_cohort (person_id);

-- the packages chosen, with their open seats and whether they were still open at the last run
create table toolbox_rotation_package (
	plan_id uuid not null references toolbox_rotation_plan (id) on delete cascade,
	package_id uuid not null,
	title varchar(300) not null,
	open_seats integer not null,
	still_open boolean not null,
	primary key (plan_id, package_id)
);

-- the lead's pins and forbids
create table toolbox_rotation_rule (
	plan_id uuid not null references toolbox_rotation_plan (id) on delete cascade,
	person_id uuid not null,
	package_id uuid not null,
	kind varchar(8) not null,
	primary key (plan_id, person_id, package_id),
	constraint toolbox_rotation_rule_kind_ck check (kind = any (array['PIN', 'FORBID']))
);

-- the proposed pairs with their score (x 1000) and explanation, and the tour once confirmed
create table toolbox_rotation_pair (
	plan_id uuid not null references toolbox_rotation_plan (id) on delete cascade,
	person_id uuid not null,
	package_id uuid not null,
	score integer not null,
	pinned boolean not null,
	explanation text not null,
	tour_id uuid,
	primary key (plan_id, person_id)
);

create index toolbox_rotation_pair_tour_ix on toolbox_rotation_pair (tour_id);

-- the talents left without a seat, and why
create table toolbox_rotation_unplaced (
	plan_id uuid not null references toolbox_rotation_plan (id) on delete cascade,
	person_id uuid not null,
	reason varchar(16) not null,
	primary key (plan_id, person_id),
	constraint toolbox_rotation_unplaced_reason_ck check (reason = any (array['LEFT', 'NO_MANAGER', 'NO_CANDIDATE', 'SEATS_TAKEN']))
);
