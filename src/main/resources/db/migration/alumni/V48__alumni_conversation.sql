-- alumni conversation: pre-emptive exit conversations between a talent and the person holding it
-- (the talent lead, or the talent's manager), proposed, scheduled, held and recorded, closed
create table alumni_conversation (
	id uuid primary key,
	talent_id uuid not null references person (id),
	holder_kind varchar(12) not null,
	-- who holds it; null while any talent lead may (a proposal), or once the holder was erased
	holder_id uuid references person (id),
	prompt varchar(20) not null,
	status varchar(12) not null,
	due_on date,
	scheduled_on date,
	held_on date,
	intention varchar(12),
	horizon_months integer,
	collaborations varchar(2000),
	referrals varchar(2000),
	client_relationships varchar(2000),
	knowledge_transfer varchar(2000),
	closed_on date,
	created_at timestamp with time zone not null,
	version bigint not null default 0
);

create index alumni_conversation_talent_ix on alumni_conversation (talent_id);
create index alumni_conversation_holder_ix on alumni_conversation (holder_id);
create index alumni_conversation_status_ix on alumni_conversation (status);

-- what was agreed to do after a conversation: by whom and by when, and when it was done
create table alumni_conversation_follow_up (
	id uuid primary key,
	conversation_id uuid not null references alumni_conversation (id) on delete cascade,
	what varchar(500),
	owner_id uuid references person (id),
	due_on date not null,
	done_on date,
	created_at timestamp with time zone not null
);

create index alumni_conversation_follow_up_conversation_ix on alumni_conversation_follow_up (conversation_id);
create index alumni_conversation_follow_up_owner_ix on alumni_conversation_follow_up (owner_id);
