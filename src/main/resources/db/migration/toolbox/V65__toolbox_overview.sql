-- The programme overview's read model: facts from the other modules' events (one per subject and
-- kind, so a repeated event counts once) and months filled once from their APIs; no names, and an
-- erased person's id is replaced by a random key.
create table toolbox_overview_fact (
	id uuid primary key,
	kind varchar(30) not null,
	subject_key varchar(120) not null,
	occurred_on date not null,
	people integer not null,
	constraint toolbox_overview_fact_kind check (kind = any (array['TOUR_STARTED', 'TOUR_COMPLETED', 'HIRE', 'REHIRE', 'LEAVING', 'EXIT_PROTOCOL'])),
	constraint toolbox_overview_fact_people check (people >= 0),
	constraint toolbox_overview_fact_subject unique (kind, subject_key)
);

create index toolbox_overview_fact_on_idx on toolbox_overview_fact (occurred_on);

-- Whether the read model was filled once from the other modules' APIs (one row at most).
create table toolbox_overview_backfill (
	id varchar(10) primary key,
	done_at timestamp with time zone not null
);
