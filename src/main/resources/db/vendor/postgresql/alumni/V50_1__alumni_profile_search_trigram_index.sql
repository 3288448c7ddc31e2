-- PostgreSQL only: the alumni directory searches search_text with LIKE '%word%' for every word
-- typed, which a b-tree cannot serve; a trigram index can (for words of three characters or more).
-- pg_trgm is a trusted extension (the people directory's migration creates it too).
create extension if not exists pg_trgm;

create index alumni_profile_search_trgm_idx on alumni_profile using gin (search_text gin_trgm_ops);
