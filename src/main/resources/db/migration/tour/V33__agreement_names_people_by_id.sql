-- The mission's revisions and comments and the agreement's versions name who wrote them by person
-- id, not by a copy of their name (see V31). The signatures stay as they are: a signature is the
-- name as it was signed, a legal record of the agreement, and is never looked up again.

alter table tour_mission_revision add column author_person_id uuid references person (id);
alter table tour_mission_revision alter column author_name drop not null;
update tour_mission_revision set author_person_id = coalesce(
	(select a.person_id from account a where a.id = tour_mission_revision.author_account),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_mission_revision.author_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_mission_revision.author_name) = 1
		and not exists (select 1 from account a where a.id = tour_mission_revision.author_account)));
update tour_mission_revision set author_name = null where author_person_id is not null;
alter table tour_mission_revision add constraint tour_mission_revision_author_ck check (author_person_id is not null or author_name is not null);

alter table tour_mission_comment add column author_person_id uuid references person (id);
alter table tour_mission_comment alter column author_name drop not null;
update tour_mission_comment set author_person_id = coalesce(
	(select a.person_id from account a where a.id = tour_mission_comment.author_account),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_mission_comment.author_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_mission_comment.author_name) = 1
		and not exists (select 1 from account a where a.id = tour_mission_comment.author_account)));
update tour_mission_comment set author_name = null where author_person_id is not null;
alter table tour_mission_comment add constraint tour_mission_comment_author_ck check (author_person_id is not null or author_name is not null);

alter table tour_agreement add column created_by_person_id uuid references person (id);
alter table tour_agreement alter column created_by_name drop not null;
update tour_agreement set created_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_agreement.created_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_agreement.created_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_agreement.created_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_agreement.created_by_name) = 1));
update tour_agreement set created_by_name = null where created_by_person_id is not null;
alter table tour_agreement add constraint tour_agreement_created_by_ck check (created_by_person_id is not null or created_by_name is not null);

alter table tour_agreement add column updated_by_person_id uuid references person (id);
alter table tour_agreement alter column updated_by_name drop not null;
update tour_agreement set updated_by_person_id = coalesce(
	(select a.person_id from account a where a.display_name = tour_agreement.updated_by_name and a.person_id is not null
		and (select count(*) from account b where b.display_name = tour_agreement.updated_by_name and b.person_id is not null) = 1),
	(select p.id from person p where p.first_name || ' ' || p.last_name = tour_agreement.updated_by_name
		and (select count(*) from person q where q.first_name || ' ' || q.last_name = tour_agreement.updated_by_name) = 1));
update tour_agreement set updated_by_name = null where updated_by_person_id is not null;
alter table tour_agreement add constraint tour_agreement_updated_by_ck check (updated_by_person_id is not null or updated_by_name is not null);
