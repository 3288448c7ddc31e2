-- identity: an audit entry says who did what to which record, and never more than its reader may
-- read. Entries now keep their content as the arguments of a sentence, with a privacy: OPEN entries
-- (accounts, people, units, imports, the charter) are read in full by every reader of the log;
-- CAREER entries (talent pool, profiles, tours and everything in them) show their arguments only to
-- the talent lead. Entries written before have free-text details that held private career data
-- (ratings, check-in status, coaching topics, draft win titles): those details are removed.
alter table audit_entry add column privacy varchar(10) not null default 'CAREER';
alter table audit_entry add column arguments varchar(4000);

update audit_entry set privacy = 'OPEN'
where action like 'account.%' or action like 'apiToken.%' or action like 'person.%' or action like 'unit.%'
	or action like 'people.%' or action in ('talent.competency.added', 'talent.nineBox.relabelled', 'tour.charter.revised');

update audit_entry set details = null where privacy = 'CAREER';

create index audit_entry_actor_idx on audit_entry (actor);
