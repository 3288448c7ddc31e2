-- PostgreSQL only: the registry finds a publication by its serialized event and listener when it
-- completes it. A hash index serves that equality whatever the event's length (a b-tree refuses
-- entries over about 2.7 kB), as in Spring Modulith's own PostgreSQL schema. H2 has no hash
-- index on such a column; its index on listener_id narrows the search well enough.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
