-- alumni directory: the profile an alumnus keeps of themselves after leaving (current employer and
-- role, skills gained since, a headline, where they are, their LinkedIn page) and whether they are
-- listed in the alumni directory (opt-in, off by default). One row per alumnus, made empty and
-- unlisted when their exit completes, deleted when they are erased.
create table alumni_profile (
	person_id uuid primary key references person (id),
	employer varchar(120),
	role_title varchar(120),
	-- the skills gained since leaving, one a line
	skills varchar(2000),
	headline varchar(200),
	location varchar(120),
	linkedin_url varchar(300),
	listed boolean not null default false,
	-- the register's consent as last heard (ExitCompleted, AlumniConsentWithdrawn, PersonRehired,
	-- the alumnus' own saves): only a listed and contactable alumnus is shown to other alumni, and
	-- the service checks the register again for every row it shows
	contactable boolean not null default false,
	-- lower case without accents: "last first", the directory's order
	sort_name varchar(300) not null,
	-- lower case without accents, words split by one space: name, employer, role, skills, headline
	-- and location; the search asks that it contains every word typed
	search_text varchar(4000) not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null default 0
);

-- the directory by name (the first page without a search reads it in order). No index leads with
-- listed and contactable: with one, H2 walks it in name order and looks up every row's search text
-- (about three times slower over 100,000 alumni than scanning the table: BENCHMARKS.md)
create index alumni_profile_name_ix on alumni_profile (sort_name, person_id);
