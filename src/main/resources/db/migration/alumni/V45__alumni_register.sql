-- The alumni register: one row per person who left through an exit protocol (or whose earlier
-- exit was recorded), with the consent they gave at exit and what the review weighs; and the
-- interactions log that drives their tier. Owned by alumni.register; other modules read it
-- through AlumniRegister.
create table alumnus (
    person_id              uuid primary key references person (id),
    left_on                date not null,
    reason_code            varchar(60) not null,
    reason_kind            varchar(20) not null,
    eligibility            varchar(20) not null,
    interview_reason_code  varchar(60),
    consent_email          varchar(254),
    consent_channels       varchar(200),
    consent_cadence        varchar(20),
    consent_given_at       timestamp with time zone,
    consent_withdrawn_at   timestamp with time zone,
    distinguished_since    date,
    rehired_on             date,
    left_again_on          date,
    prior_rating           integer,
    return_rating          integer,
    created_at             timestamp with time zone not null,
    version                bigint not null,
    constraint alumnus_reason_kind check (reason_kind = any (array['CAREER_GOAL', 'PERSONAL', 'DISSATISFACTION', 'ORGANISATIONAL', 'FOR_CAUSE'])),
    constraint alumnus_eligibility check (eligibility = any (array['YES', 'WITH_REVIEW', 'NO'])),
    constraint alumnus_ratings check ((prior_rating is null or prior_rating between 1 and 5)
        and (return_rating is null or return_rating between 1 and 5))
);

create table alumni_interaction (
    id           uuid primary key,
    person_id    uuid not null references alumnus (person_id),
    kind         varchar(20) not null,
    occurred_on  date not null,
    summary      varchar(500),
    value_cents  bigint,
    hired        boolean not null,
    recorded_by  uuid,
    recorded_at  timestamp with time zone not null,
    constraint alumni_interaction_kind check (kind = any (array['EVENT', 'COLLABORATION', 'REFERRAL', 'CONTACT'])),
    constraint alumni_interaction_value check (value_cents is null or value_cents >= 0)
);

create index alumni_interaction_person on alumni_interaction (person_id, occurred_on);
