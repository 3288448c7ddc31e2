-- The person a notification's words name when they are not its recipient ("Alex asks to come
-- back", told to the talent lead): when that person is erased, the notification is deleted from
-- every inbox (issue 10, "Privacy": erasure leaves their name in no table).
alter table notification add column about_person_id uuid;

create index notification_about_idx on notification (about_person_id);
