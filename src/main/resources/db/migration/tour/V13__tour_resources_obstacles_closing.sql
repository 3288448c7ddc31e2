-- tours of duty, step 7 and step 9: the resource requests and obstacles of a running tour (one
-- table, told apart by kind), and the closing review that ends it

create table tour_work_item (
	id uuid primary key,
	tour_id uuid not null references tour (id) on delete cascade,
	kind varchar(20) not null,
	title varchar(300) not null,
	reason varchar(2000),
	impact varchar(10),
	owner_id uuid not null references person (id),
	due_on date not null,
	status varchar(20) not null,
	status_note varchar(2000),
	escalated_at timestamp with time zone,
	created_by_name varchar(160) not null,
	created_at timestamp with time zone not null,
	updated_by_name varchar(160) not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint tour_work_item_kind_ck check (kind in ('RESOURCE', 'OBSTACLE'))
);

create index tour_work_item_tour_idx on tour_work_item (tour_id, created_at);
create index tour_work_item_due_idx on tour_work_item (status, due_on);

create table tour_closing_review (
	tour_id uuid primary key references tour (id) on delete cascade,
	talent_results varchar(4000),
	gained_skills varchar(2000),
	gained_knowledge varchar(2000),
	gained_network varchar(2000),
	gained_reputation varchar(2000),
	talent_by_name varchar(160),
	talent_at timestamp with time zone,
	talent_version integer not null default 0,
	company_results varchar(4000),
	next_step varchar(20),
	next_step_note varchar(2000),
	company_by_name varchar(160),
	company_at timestamp with time zone,
	company_version integer not null default 0,
	completed_on date,
	completed_by_name varchar(160),
	good_exit_on date,
	version bigint not null default 0
);
