-- network exchange: offers and requests of resources (introductions, knowledge, events, advice, support)
-- posted by a person for themselves or by a talent lead for the organisation, and the matches between them
create table network_exchange_item (
	id uuid primary key,
	direction varchar(10) not null,
	kind varchar(30) not null,
	support_type varchar(20) not null,
	title varchar(120) not null,
	description varchar(2000),
	until_date date,
	-- who posted it; for the organisation's items the talent lead who did (null once they are erased)
	owner_id uuid references person (id),
	from_organisation boolean not null,
	state varchar(12) not null,
	created_at timestamp with time zone not null,
	version bigint not null default 0,
	constraint network_exchange_item_owner_ck check (owner_id is not null or from_organisation)
);

create index network_exchange_item_owner_ix on network_exchange_item (owner_id);
create index network_exchange_item_state_ix on network_exchange_item (state, created_at);

-- an offer matched to a request: proposed by one side, agreed by the other, then done with an outcome
create table network_exchange_match (
	id uuid primary key,
	offer_id uuid not null references network_exchange_item (id) on delete cascade,
	request_id uuid not null references network_exchange_item (id) on delete cascade,
	-- the direction of the item whose side proposed (the other side accepts)
	proposed_from varchar(10) not null,
	proposer_id uuid references person (id),
	state varchar(12) not null,
	proposed_at timestamp with time zone not null,
	agreed_at timestamp with time zone,
	outcome varchar(500),
	done_on date,
	done_by uuid references person (id),
	version bigint not null default 0,
	constraint network_exchange_match_pair_ck check (offer_id <> request_id)
);

create index network_exchange_match_offer_ix on network_exchange_match (offer_id);
create index network_exchange_match_request_ix on network_exchange_match (request_id);
