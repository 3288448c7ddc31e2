-- toolbox workshop: career planning workshops with a capacity, enrolment and a waiting list, attendance,
-- materials for the enrolled and feedback from the attendees
create table toolbox_workshop (
	id uuid primary key,
	title varchar(200) not null,
	description varchar(4000),
	-- the staff person who runs it; null once they were erased
	facilitator_id uuid references person (id),
	starts_at timestamp with time zone not null,
	duration_minutes integer not null check (duration_minutes >= 15 and duration_minutes <= 1440),
	place varchar(300),
	video_link varchar(500),
	capacity integer not null check (capacity >= 1),
	audience varchar(12) not null check (audience = any (array['EVERYONE', 'TALENTS'])),
	status varchar(12) not null check (status = any (array['SCHEDULED', 'CANCELLED'])),
	cancelled_at timestamp with time zone,
	-- the last place in line given out: seats are ordered by it
	last_ordinal integer not null default 0,
	created_at timestamp with time zone not null,
	version bigint not null default 0
);

create index toolbox_workshop_starts_ix on toolbox_workshop (starts_at);
create index toolbox_workshop_facilitator_ix on toolbox_workshop (facilitator_id);

-- a person's place in a workshop: enrolled, or waiting in line (by ordinal); attendance once it was held
create table toolbox_workshop_seat (
	id uuid primary key,
	workshop_id uuid not null references toolbox_workshop (id) on delete cascade,
	person_id uuid not null references person (id),
	status varchar(10) not null check (status = any (array['ENROLLED', 'WAITING'])),
	ordinal integer not null,
	attendance varchar(10) check (attendance = any (array['ATTENDED', 'NO_SHOW'])),
	requested_at timestamp with time zone not null,
	constraint toolbox_workshop_seat_person_uq unique (workshop_id, person_id)
);

create index toolbox_workshop_seat_person_ix on toolbox_workshop_seat (person_id);

-- what the facilitator shares with the enrolled: a link or a text
create table toolbox_workshop_material (
	id uuid primary key,
	workshop_id uuid not null references toolbox_workshop (id) on delete cascade,
	title varchar(200) not null,
	link varchar(500),
	body varchar(4000),
	added_at timestamp with time zone not null
);

create index toolbox_workshop_material_workshop_ix on toolbox_workshop_material (workshop_id);

-- an attendee's rating (1 to 5) and optional comment; shown only as an average and unnamed comments
create table toolbox_workshop_feedback (
	id uuid primary key,
	workshop_id uuid not null references toolbox_workshop (id) on delete cascade,
	person_id uuid not null references person (id),
	rating integer not null check (rating >= 1 and rating <= 5),
	comment varchar(1000),
	given_at timestamp with time zone not null,
	constraint toolbox_workshop_feedback_person_uq unique (workshop_id, person_id)
);

create index toolbox_workshop_feedback_person_ix on toolbox_workshop_feedback (person_id);
