-- The resource requests and obstacles of a tour name who raised and last changed them by person
-- id, not by a copy of their name (see V31).

alter table tour_work_item add column created_by_person_id uuid references person (id);
alter table tour_work_item alter column created_by_name drop not null;
update tour_work_item set created_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_work_item.created_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_work_item.created_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_work_item.created_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_work_item.created_by_name) = 1))
	where created_by_name is not null;
update tour_work_item set created_by_name = null where created_by_person_id is not null;
alter table tour_work_item add constraint tour_work_item_created_by_ck check (created_by_person_id is not null or created_by_name is not null);

alter table tour_work_item add column updated_by_person_id uuid references person (id);
alter table tour_work_item alter column updated_by_name drop not null;
update tour_work_item set updated_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_work_item.updated_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_work_item.updated_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_work_item.updated_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_work_item.updated_by_name) = 1))
	where updated_by_name is not null;
update tour_work_item set updated_by_name = null where updated_by_person_id is not null;
alter table tour_work_item add constraint tour_work_item_updated_by_ck check (updated_by_person_id is not null or updated_by_name is not null);
