-- alumni entry: the alumni programme explained at entry, and each person's acknowledgement of it.
-- A row is made pending for every hire (PersonHired, or a rehire), or when someone already on the
-- staff reads it and says so; acknowledged_at is when they did.
create table alumni_entry_acknowledgement (
	person_id uuid primary key references person (id),
	-- HIRE: counted in the coverage of hires; READ: someone already on the staff read it
	source varchar(10) not null,
	hired_on date not null,
	created_at timestamp with time zone not null,
	acknowledged_at timestamp with time zone,
	reminded_at timestamp with time zone,
	version bigint not null default 0
);

create index alumni_entry_acknowledgement_hired_ix on alumni_entry_acknowledgement (source, hired_on);
