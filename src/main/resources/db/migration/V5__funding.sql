-- Payment routes: funders, their funding schemes with budgets, the funding plan of each referral,
-- and the charge lines that attended sessions produce. All money is integer pence.

create table funder (
    code        varchar(20)  not null primary key,
    name        varchar(200) not null,
    funder_type varchar(30)  not null
);

create table funding_scheme (
    id                 uuid          not null primary key,
    funder_code        varchar(20)   not null references funder (code),
    name               varchar(200)  not null,
    route              varchar(30)   not null,
    session_fee_pence  bigint        not null,
    max_sessions       integer       not null,
    valid_from         date          not null,
    valid_to           date          not null,
    budget_pence       bigint        not null,
    committed_pence    bigint        not null,
    spent_pence        bigint        not null,
    charge_did_not_attend boolean    not null,
    split_rule         varchar(4000) not null,
    created_at         timestamp with time zone not null,
    constraint funding_scheme_budget_never_overspent check (committed_pence + spent_pence <= budget_pence),
    constraint funding_scheme_amounts_not_negative check (committed_pence >= 0 and spent_pence >= 0)
);
create index funding_scheme_funder_idx on funding_scheme (funder_code);

-- Which therapies, practices, networks and ICB areas a scheme covers (kind THERAPY, PRACTICE, PCN, ICB).
create table funding_scheme_coverage (
    scheme_id uuid        not null references funding_scheme (id),
    kind      varchar(10) not null,
    code      varchar(40) not null,
    primary key (scheme_id, kind, code)
);

create table funding_plan (
    id                     uuid          not null primary key,
    referral_id            uuid          not null references referral (id),
    scheme_id              uuid          not null references funding_scheme (id),
    status                 varchar(20)   not null,
    approved_sessions      integer       not null,
    session_split          varchar(2000) not null,
    funder_pence_per_session bigint      not null,
    patient_pence_per_session bigint     not null,
    committed_pence        bigint        not null,
    spent_pence            bigint        not null,
    released_pence         bigint        not null,
    income_band            varchar(40),
    receives_benefits      boolean,
    clinical_justification varchar(4000),
    decision_reason        varchar(2000),
    decided_by             varchar(200),
    decided_at             timestamp with time zone,
    requested_by           varchar(200)  not null,
    created_at             timestamp with time zone not null,
    version                bigint        not null
);
create index funding_plan_referral_idx on funding_plan (referral_id);
create index funding_plan_scheme_status_idx on funding_plan (scheme_id, status);

create table charge_line (
    id           uuid        not null primary key,
    plan_id      uuid        not null references funding_plan (id),
    referral_id  uuid        not null references referral (id),
    session_id   uuid        not null references treatment_session (id),
    payer        varchar(20) not null,
    pence        bigint      not null,
    reason       varchar(20) not null,
    created_at   timestamp with time zone not null,
    paid_at      timestamp with time zone
);
create index charge_line_referral_idx on charge_line (referral_id);
create index charge_line_plan_idx on charge_line (plan_id);
