-- A notice that asks for an action (sign the agreement, respond to a proposal) keeps the key of
-- that action and is marked done when it is taken (issue 7, item 11). Informing notices have no key.
alter table notification add column action_key varchar(200);
alter table notification add column done_at timestamp with time zone;
create index notification_action_idx on notification (action_key);
