-- A tour and its history of states name who proposed and moved it by person id, not by a copy of
-- their name (see V31): only an actor who is no person (an administrator's account, the start-date
-- schedule) keeps a name, and so does a copied name that matches no one person.

alter table tour add column created_by_person_id uuid references person (id);
alter table tour alter column created_by_name drop not null;
update tour set created_by_person_id = coalesce(
	(select a.person_id from account a where a.id = tour.created_by_account),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour.created_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour.created_by_name) = 1
		and not exists (select 1 from account a where a.id = tour.created_by_account)));
update tour set created_by_name = null where created_by_person_id is not null;
alter table tour add constraint tour_created_by_ck check (created_by_person_id is not null or created_by_name is not null);

alter table tour_state_change add column changed_by_person_id uuid references person (id);
alter table tour_state_change alter column changed_by drop not null;
update tour_state_change set changed_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_state_change.changed_by and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_state_change.changed_by and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_state_change.changed_by
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_state_change.changed_by) = 1));
update tour_state_change set changed_by = null where changed_by_person_id is not null;
alter table tour_state_change add constraint tour_state_change_by_ck
	check (changed_by_person_id is not null or changed_by is not null);
