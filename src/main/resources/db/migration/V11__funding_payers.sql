-- Each payer's money in its own books (issue 12, defects 7 and 8).

-- A funder that pays a share of another funder's SPLIT scheme: what it has committed and spent
-- there, from its own money (the scheme's budget is the owning funder's), within its optional cap.
create table funding_scheme_co_funder (
    scheme_id       uuid        not null references funding_scheme (id),
    funder_code     varchar(20) not null references funder (code),
    budget_pence    bigint,
    committed_pence bigint      not null,
    spent_pence     bigint      not null,
    primary key (scheme_id, funder_code),
    constraint funding_scheme_co_funder_never_overspent
        check (budget_pence is null or committed_pence + spent_pence <= budget_pence),
    constraint funding_scheme_co_funder_amounts_not_negative
        check (committed_pence >= 0 and spent_pence >= 0)
);
create index funding_scheme_co_funder_funder_idx on funding_scheme_co_funder (funder_code);

-- One funder's part of a plan; the plan's committed, spent and released are their sums.
create table funding_plan_funder_share (
    plan_id           uuid        not null references funding_plan (id),
    funder_code       varchar(20) not null references funder (code),
    pence_per_session bigint      not null,
    committed_pence   bigint      not null,
    spent_pence       bigint      not null,
    released_pence    bigint      not null,
    primary key (plan_id, funder_code),
    constraint funding_plan_funder_share_amounts_not_negative
        check (pence_per_session >= 0 and committed_pence >= 0 and spent_pence >= 0
               and released_pence >= 0)
);
create index funding_plan_funder_share_funder_idx on funding_plan_funder_share (funder_code);

-- Existing SPLIT schemes: every other funder named as a payer in the stored split becomes a
-- co-funder without a cap. (Funder codes are [A-Z0-9], so they hold no LIKE wildcard.)
insert into funding_scheme_co_funder (scheme_id, funder_code, budget_pence, committed_pence,
                                      spent_pence)
select s.id, f.code, null, 0, 0
from funding_scheme s
join funder f on f.code <> s.funder_code
             and s.split_rule like '%"payer":"' || f.code || '"%'
where s.route = 'SPLIT';

-- Existing plans were committed in full against the scheme's budget, so that is where their money
-- stays: one share, the scheme's own funder's, carrying the plan's amounts as they were booked.
insert into funding_plan_funder_share (plan_id, funder_code, pence_per_session, committed_pence,
                                       spent_pence, released_pence)
select p.id, s.funder_code, p.funder_pence_per_session, p.committed_pence, p.spent_pence,
       p.released_pence
from funding_plan p
join funding_scheme s on s.id = p.scheme_id;

-- A patient on means-tested benefits pays nothing by no band: plans that recorded the first band
-- "for the record" lose it, so no plan shows a band that was not charged.
update funding_plan set income_band = null where receives_benefits = true;
