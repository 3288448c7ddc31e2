-- network review: the whole organisation's review figures of each month, as shown (hidden counts stay null), for the trends
create table network_review_snapshot (
	id uuid primary key,
	-- the first day of the month the figures are of
	month_of date not null,
	taken_at timestamp with time zone not null,
	-- talents with a map, null when hidden
	talents bigint,
	constraint network_review_snapshot_month_uk unique (month_of)
);

create table network_review_figure (
	snapshot_id uuid not null references network_review_snapshot (id) on delete cascade,
	figure varchar(60) not null,
	band varchar(40) not null,
	-- talents in the band, null when hidden
	talents bigint,
	primary key (snapshot_id, figure, band)
);
