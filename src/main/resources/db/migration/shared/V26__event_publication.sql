-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.1, entity
-- DefaultJpaEventPublication): one row per event and transactional listener, written in the
-- publisher's transaction and completed when the listener succeeds. A row left incomplete is
-- published again on restart. The columns follow Modulith's own v2 schema; varchar without a
-- length is unbounded on both databases (H2 reads text as a CLOB, which Hibernate would refuse).
create table event_publication (
	id uuid primary key,
	listener_id varchar not null,
	event_type varchar not null,
	serialized_event varchar not null,
	publication_date timestamp with time zone not null,
	completion_date timestamp with time zone,
	status varchar(20),
	completion_attempts integer,
	last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_listener_idx on event_publication (listener_id);
