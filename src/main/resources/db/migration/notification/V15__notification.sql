-- notification: what someone must be told, one row per recipient account, read in the app and
-- mailed from this table (an outbox: a crash between commit and sending loses no mail)
create table notification (
	id uuid primary key,
	account_id uuid not null references account (id) on delete cascade,
	kind varchar(80) not null,
	message_code varchar(160) not null,
	-- the message's arguments as a JSON array of strings
	arguments varchar(4000) not null,
	-- a path inside the app, or null
	link varchar(500),
	dedup_key varchar(200),
	created_at timestamp with time zone not null,
	read_at timestamp with time zone,
	-- where the mail goes; null when it is not mailed (no address, or mail was off)
	email_to varchar(254),
	emailed_at timestamp with time zone,
	email_attempts integer not null default 0,
	-- when the outbox tries (again); null once sent or given up
	email_next_at timestamp with time zone,
	email_error varchar(300),
	-- null keys are distinct, so a notice without a key is always stored
	constraint notification_dedup_uk unique (account_id, dedup_key)
);

create index notification_account_idx on notification (account_id, created_at);
create index notification_unread_idx on notification (account_id, read_at);
create index notification_outbox_idx on notification (email_next_at);
