-- Figures the outcome and spend reports need, maintained as the events happen so both reports
-- stay grouped queries over indexed tables.

-- Each referral's baseline-to-end change per measure and score, rewritten whenever an outcome
-- measure is recorded (the same baseline and latest the GP's letter shows). end_value is null
-- until a later record exists; improved is null where the measure defines no threshold.
create table outcome_change (
    referral_id    uuid          not null references referral (id),
    measure        varchar(20)   not null,
    score_name     varchar(40)   not null,
    direction      varchar(20)   not null,
    baseline_value numeric(12,4) not null,
    end_value      numeric(12,4),
    change_value   numeric(12,4),
    improved       boolean,
    primary key (referral_id, measure, score_name)
);

-- The patient's contributions charged under a plan (paid or not), beside the funders' spent_pence.
alter table funding_plan add column patient_charged_pence bigint default 0 not null;
update funding_plan p set patient_charged_pence = coalesce(
    (select sum(c.pence) from charge_line c where c.plan_id = p.id and c.payer = 'PATIENT'), 0);
