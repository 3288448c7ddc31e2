-- toolbox assessment: a participant who leaves the organisation before their report is released is
-- withdrawn from the centre on the day they left (nobody rates them any more, no consensus is
-- recorded, nothing is released into their profile); null for everyone else
alter table assessment_participant add column withdrawn_on date;
