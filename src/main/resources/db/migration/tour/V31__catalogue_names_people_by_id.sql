-- The charter and the work packages name who wrote and changed them by person id, not by a copy of
-- their name: the name is looked up when the page is read, so it is the person's name as it is now
-- and goes when the person is erased. Only an author who is no person (an administrator's account,
-- the charter's first version by 'system') keeps a name; so does a row whose name matches no one
-- person (no such row is known: the names were copied from the accounts of people).
--
-- A copied name is matched first to the one account of a person showing that name, then to the
-- one person of that name; a name two people share stays as it is.

alter table tour_charter add column author_person_id uuid references person (id);
alter table tour_charter alter column author drop not null;
update tour_charter set author_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_charter.author and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_charter.author and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_charter.author
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_charter.author) = 1));
update tour_charter set author = null where author_person_id is not null;
alter table tour_charter add constraint tour_charter_author_ck check (author_person_id is not null or author is not null);

-- the creator's person was already stored with the account that created the package
alter table work_package alter column created_by_name drop not null;
update work_package set created_by_name = null where created_by_person is not null;
alter table work_package add constraint work_package_created_by_ck
	check (created_by_person is not null or created_by_name is not null);

alter table work_package add column updated_by_person_id uuid references person (id);
alter table work_package alter column updated_by_name drop not null;
update work_package set updated_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = work_package.updated_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = work_package.updated_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = work_package.updated_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = work_package.updated_by_name) = 1));
update work_package set updated_by_name = null where updated_by_person_id is not null;
alter table work_package add constraint work_package_updated_by_ck
	check (updated_by_person_id is not null or updated_by_name is not null);
