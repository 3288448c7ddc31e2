-- The closing review names who wrote each side and who completed it by person id, not by a copy of
-- their name (see V31). These columns were empty until the side was written, so they stay nullable.

alter table tour_closing_review add column talent_by_person_id uuid references person (id);
update tour_closing_review set talent_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_closing_review.talent_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_closing_review.talent_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_closing_review.talent_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_closing_review.talent_by_name) = 1))
	where talent_by_name is not null;
update tour_closing_review set talent_by_name = null where talent_by_person_id is not null;

alter table tour_closing_review add column company_by_person_id uuid references person (id);
update tour_closing_review set company_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_closing_review.company_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_closing_review.company_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_closing_review.company_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_closing_review.company_by_name) = 1))
	where company_by_name is not null;
update tour_closing_review set company_by_name = null where company_by_person_id is not null;

alter table tour_closing_review add column completed_by_person_id uuid references person (id);
update tour_closing_review set completed_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_closing_review.completed_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_closing_review.completed_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_closing_review.completed_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_closing_review.completed_by_name) = 1))
	where completed_by_name is not null;
update tour_closing_review set completed_by_name = null where completed_by_person_id is not null;
