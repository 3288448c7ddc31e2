-- A person who has left may be erased: the row stays (tours, notes and the audit refer to it by
-- id) but holds nothing that identifies them any more; this is the day it was done.
alter table person add column erased_on date;
