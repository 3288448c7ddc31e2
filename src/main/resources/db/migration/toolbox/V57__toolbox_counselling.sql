-- toolbox counselling: career counselling sessions between a talent and a counsellor (issue 11)

-- the counsellors the talent lead keeps: staff people a talent may ask for a session
create table toolbox_counsellor (
	person_id uuid primary key references person (id),
	added_on date not null
);

-- a session: requested, scheduled (with a time and a place or a video link), held or cancelled
create table toolbox_counselling_session (
	id uuid primary key,
	talent_id uuid not null references person (id),
	-- null once the counsellor was erased
	counsellor_id uuid references person (id),
	topic varchar(200) not null,
	agenda varchar(4000),
	status varchar(12) not null,
	starts_at timestamp,
	ends_at timestamp,
	place varchar(200),
	video_link varchar(500),
	-- the invite's SEQUENCE: bumped on every reschedule and on cancelling
	sequence integer not null default 0,
	held_on date,
	-- confidential: the talent, the counsellor and the talent lead read them
	notes text,
	cancel_reason varchar(500),
	cancelled_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint toolbox_counselling_session_status_ck
		check (status = any (array['REQUESTED', 'SCHEDULED', 'HELD', 'CANCELLED']))
);

create index toolbox_counselling_session_talent_ix on toolbox_counselling_session (talent_id);
create index toolbox_counselling_session_counsellor_ix on toolbox_counselling_session (counsellor_id);
create index toolbox_counselling_session_status_ix on toolbox_counselling_session (status);

-- what was agreed after a session: the talent or the counsellor does it, by a day
create table toolbox_counselling_follow_up (
	id uuid primary key,
	session_id uuid not null references toolbox_counselling_session (id) on delete cascade,
	what varchar(500),
	owner varchar(12) not null,
	due_on date not null,
	done_on date,
	created_at timestamp with time zone not null,
	constraint toolbox_counselling_follow_up_owner_ck check (owner = any (array['TALENT', 'COUNSELLOR']))
);

create index toolbox_counselling_follow_up_session_ix on toolbox_counselling_follow_up (session_id);
