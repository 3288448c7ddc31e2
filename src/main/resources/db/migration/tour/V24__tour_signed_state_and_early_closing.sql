-- Time is real (issue 7, item 12). A tour signed by both before its start date waits in the state
-- SIGNED until that day: the state column has no check constraint, so the new value needs no
-- change here. A closing review started before the tour's end date is an early end, and keeps
-- the day it started and the reason everyone involved reads.
alter table tour add column closing_started_on date;
alter table tour add column early_end_reason varchar(1000);
