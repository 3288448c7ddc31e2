-- A mission revision may leave the other side's part for them to write (issue 7, item 14): the
-- organisation's gains, the talent's gains and the success measures may be empty in a revision.
-- The agreement goes out for signature only with a complete mission (checked by the service).
alter table tour_mission_revision alter column company_gains drop not null;
alter table tour_mission_revision alter column talent_gains drop not null;
alter table tour_mission_revision alter column success_measures drop not null;
