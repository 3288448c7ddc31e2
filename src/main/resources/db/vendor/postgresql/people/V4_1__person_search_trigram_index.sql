-- PostgreSQL only: the directory searches search_text with LIKE '%…%', which a b-tree cannot
-- serve. A trigram index can (for three characters or more). pg_trgm is a trusted extension,
-- so the database owner may create it.
create extension if not exists pg_trgm;

create index person_search_trgm_idx on person using gin (search_text gin_trgm_ops);
