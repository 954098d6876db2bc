-- Practitioners' responses to referrals, one row per accept or decline, with the day the referral
-- was received. The activity report's declines by reason and its per-practitioner panel, and the
-- directory's response figures, read these narrow rows by the received day (or practitioner)
-- instead of joining every accept and decline of all years with the period's referrals.
-- The backfill reads every event: the timeout is lifted for this migration.
${migration_session}

create table referral_response (
    event_id         bigint      not null primary key references referral_event (id),
    referral_id      uuid        not null references referral (id),
    referral_received_at timestamp with time zone not null,
    practitioner_id  uuid        not null,
    accepted         boolean     not null,
    reason_code      varchar(40),
    response_seconds bigint
);

insert into referral_response (event_id, referral_id, referral_received_at, practitioner_id,
        accepted, reason_code, response_seconds)
    select e.id, e.referral_id, r.created_at, e.practitioner_id, e.action = 'accept',
           e.reason_code, e.response_seconds
    from referral_event e join referral r on r.id = e.referral_id
    where e.action in ('accept', 'decline') and e.practitioner_id is not null;

-- Everything the report reads of a response, led by the received day (key columns, as H2 has no
-- INCLUDE); the practitioner's for the directory.
create index referral_response_report_idx on referral_response (referral_received_at,
    referral_id, practitioner_id, accepted, reason_code, response_seconds);
create index referral_response_practitioner_idx on referral_response (practitioner_id, accepted,
    response_seconds);

-- A commissioner's reports count the referrals its schemes fund: this index gives those referrals
-- from the plans of its schemes alone, instead of a scan of every plan of every year. It leads
-- with the columns of the index it replaces, so the budget's look-ups by scheme and status use it.
create index funding_plan_scheme_funds_idx on funding_plan (scheme_id, status, approved_at,
    referral_id);
drop index funding_plan_scheme_status_idx;

-- Nothing reads the events by action or practitioner any more: every event insert (one in each
-- creation) no longer maintains these two indexes.
drop index referral_event_action_idx;
drop index referral_event_practitioner_idx;
