-- repatriation: the plan made for a boomerang at their rehire (what changed, re-onboarding, network
-- reactivation, a buddy, a first tour of duty), its items' owners, due dates and progress, and the
-- 12-month review of how the return went
create table alumni_repatriation_plan (
	id uuid primary key,
	person_id uuid not null references person (id),
	request_id uuid references alumni_reentry_request (id),
	rehired_on date not null,
	unit_id uuid,
	manager_id uuid references person (id),
	review_rating integer,
	reviewed_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint alumni_repatriation_plan_person_uk unique (person_id),
	constraint alumni_repatriation_review_ck check (review_rating is null or review_rating between 1 and 5)
);

create table alumni_repatriation_item (
	id uuid primary key,
	plan_id uuid not null references alumni_repatriation_plan (id) on delete cascade,
	kind varchar(30) not null,
	position integer not null,
	note varchar(1000),
	owner_id uuid references person (id),
	due_on date,
	progress varchar(12) not null,
	buddy_id uuid references person (id),
	work_package_id uuid,
	tour_id uuid,
	version bigint not null default 0
);

create index alumni_repatriation_item_plan_ix on alumni_repatriation_item (plan_id, position);
