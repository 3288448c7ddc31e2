-- toolbox guidance: the read model of the guidance checklists, fed by the other approaches' events
-- (tours, networks, alumni, people and the audit events they publish). One row per thing that
-- happened, by kind (signal) and the id of what it happened to (subject): ids only, no words.
-- person_id names the person a row is about when the event said so, so that an erased person's
-- rows go with them.
create table toolbox_guidance_signal (
	signal varchar(40) not null,
	subject_id varchar(80) not null,
	person_id uuid,
	recorded_on date not null,
	primary key (signal, subject_id)
);

create index toolbox_guidance_signal_person_ix on toolbox_guidance_signal (person_id);
