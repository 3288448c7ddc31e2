-- Check-ins name who opened them and who wrote the manager's side by person id, not by a copy of
-- their name (see V31). A win already named its author and its endorser by person id (both are
-- always people): its copies of their names go.

alter table tour_check_in add column created_by_person_id uuid references person (id);
alter table tour_check_in alter column created_by_name drop not null;
update tour_check_in set created_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_check_in.created_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_check_in.created_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_check_in.created_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_check_in.created_by_name) = 1))
	where created_by_name is not null;
update tour_check_in set created_by_name = null where created_by_person_id is not null;
alter table tour_check_in add constraint tour_check_in_created_by_ck check (created_by_person_id is not null or created_by_name is not null);

alter table tour_check_in add column manager_noted_by_person_id uuid references person (id);
update tour_check_in set manager_noted_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_check_in.manager_noted_by and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_check_in.manager_noted_by and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_check_in.manager_noted_by
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_check_in.manager_noted_by) = 1))
	where manager_noted_by is not null;
update tour_check_in set manager_noted_by = null where manager_noted_by_person_id is not null;

alter table tour_win drop column author_name;
alter table tour_win drop column endorsed_by_name;
