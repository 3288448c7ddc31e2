-- identity: accounts, roles, login throttling, API tokens, audit log, and Spring Session's tables
create table account (
	id uuid primary key,
	username varchar(60) not null,
	password_hash varchar(200) not null,
	person_id uuid references person (id),
	display_name varchar(160) not null,
	enabled boolean not null,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint account_username_uk unique (username),
	constraint account_person_uk unique (person_id)
);

create table account_role (
	account_id uuid not null references account (id) on delete cascade,
	role varchar(20) not null,
	primary key (account_id, role)
);

-- keyed by user name, not account, so that guessing unknown names is throttled as well
create table login_throttle (
	username varchar(60) primary key,
	failures integer not null,
	last_failure_at timestamp with time zone not null,
	locked_until timestamp with time zone
);

create table api_token (
	id uuid primary key,
	account_id uuid not null references account (id) on delete cascade,
	name varchar(80) not null,
	token_hash varchar(64) not null,
	token_prefix varchar(16) not null,
	created_at timestamp with time zone not null,
	last_used_at timestamp with time zone,
	revoked_at timestamp with time zone,
	constraint api_token_hash_uk unique (token_hash)
);

create index api_token_account_idx on api_token (account_id);

create table audit_entry (
	id uuid primary key,
	occurred_at timestamp with time zone not null,
	actor varchar(60) not null,
	action varchar(80) not null,
	subject_type varchar(40) not null,
	subject_id varchar(80),
	details varchar(2000)
);

create index audit_entry_occurred_idx on audit_entry (occurred_at);

-- Spring Session JDBC (PostgreSQL schema; H2 reads BYTEA as VARBINARY): sessions shared by all instances
create table spring_session (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval int not null,
	expiry_time bigint not null,
	principal_name varchar(100),
	constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
	constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
