-- A note names its author by their person, not by a copy of their name: the name is looked up when
-- the note is read, so it is the person's name as it is now. An author with no person (an account
-- of its own, such as an administrator's) keeps the name of their account, copied as before.
alter table profile_note add column author_person_id uuid references person (id);

update profile_note set author_person_id = (
	select a.person_id from account a where a.id = profile_note.author_account_id);

alter table profile_note alter column author_name drop not null;

update profile_note set author_name = null where author_person_id is not null;

alter table profile_note add constraint profile_note_author_ck
	check (author_person_id is not null or author_name is not null);
