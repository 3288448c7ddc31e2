-- Whether the talent lets creators and sponsors of work packages find them among the best
-- candidates (match branch, issue 7 item 8). Off until the talent chooses it.
alter table talent_profile add column discoverable boolean default false not null;
