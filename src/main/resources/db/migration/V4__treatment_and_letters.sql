-- Treatment delivery, outcome measures, safety alerts, the treatment-summary letter, the GP
-- practice's inbox, and the change feed that GP and practitioner systems poll.

create table treatment_session (
    id                     uuid         not null primary key,
    referral_id            uuid         not null references referral (id),
    scheduled_at           timestamp with time zone not null,
    duration_minutes       integer      not null,
    session_format         varchar(20)  not null,
    delivery_mode          varchar(20)  not null,
    location               varchar(200),
    attendance             varchar(30),
    attendance_note        varchar(2000),
    attendance_recorded_at timestamp with time zone,
    created_at             timestamp with time zone not null,
    version                bigint       not null
);
create index treatment_session_referral_idx on treatment_session (referral_id, scheduled_at);

create table outcome_record (
    id                    uuid          not null primary key,
    referral_id           uuid          not null references referral (id),
    measure               varchar(20)   not null,
    time_point            varchar(20)   not null,
    completed_on          date          not null,
    answers               varchar(200)  not null,
    vas                   integer,
    scores                varchar(2000) not null,
    urgent_review_needed  boolean       not null,
    recorded_by           varchar(200)  not null,
    recorded_at           timestamp with time zone not null
);
create index outcome_record_referral_idx on outcome_record (referral_id, measure, completed_on);

create table safety_alert (
    id             uuid          not null primary key,
    referral_id    uuid          not null references referral (id),
    severity       varchar(20)   not null,
    what_happened  varchar(4000) not null,
    action_taken   varchar(4000) not null,
    raised_by      varchar(200)  not null,
    raised_automatically boolean not null,
    raised_at      timestamp with time zone not null
);
create index safety_alert_referral_idx on safety_alert (referral_id);

create table treatment_letter (
    id                     uuid          not null primary key,
    referral_id            uuid          not null unique references referral (id),
    status                 varchar(10)   not null,
    summary_of_treatment   varchar(4000),
    response               varchar(4000),
    advice_given           varchar(4000),
    recommendation         varchar(20),
    recommendation_detail  varchar(2000),
    safety_concerns        varchar(4000),
    ends_early             boolean       not null,
    end_reason             varchar(30),
    sent_content           varchar(200000),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    sent_at                timestamp with time zone,
    version                bigint        not null
);

create table inbox_item (
    id                uuid          not null primary key,
    practice_ods_code varchar(10)   not null references practice (ods_code),
    referral_id       uuid          not null references referral (id),
    kind              varchar(30)   not null,
    subject_id        uuid,
    urgent            boolean       not null,
    title             varchar(500)  not null,
    created_at        timestamp with time zone not null,
    acknowledged_at   timestamp with time zone,
    acknowledged_by   varchar(200)
);
create index inbox_item_practice_idx on inbox_item (practice_ods_code, acknowledged_at, urgent, created_at);

-- The change feed. Sequence numbers come from the single counter row, which each writing
-- transaction locks until it commits: numbers therefore become visible in order, and a poller
-- that has seen N never misses a later-committed N-1.
create table change_feed_counter (
    id       integer not null primary key,
    last_seq bigint  not null
);
insert into change_feed_counter (id, last_seq) values (1, 0);

create table change_event (
    seq               bigint       not null primary key,
    event_type        varchar(40)  not null,
    referral_id       uuid         not null,
    subject_id        uuid,
    practice_ods_code varchar(10)  not null,
    practitioner_id   uuid,
    occurred_at       timestamp with time zone not null
);
create index change_event_practice_idx on change_event (practice_ods_code, seq);
create index change_event_practitioner_idx on change_event (practitioner_id, seq);

-- Two or more did-not-attends in a row, counted as attendance is recorded, so the GP sees it.
alter table referral add column consecutive_did_not_attend integer default 0 not null;
