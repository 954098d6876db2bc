-- Each referral's milestones and attendance, kept on the referral as they happen, so the activity
-- report is one pass over the period's referrals instead of scans of every event and session.
-- The backfill reads every referral's events and sessions: longer than the statement timeout on a
-- national database, so the timeout is lifted for this migration (see application.properties).
${migration_session}

alter table referral add column was_triaged boolean default false not null;
alter table referral add column was_accepted boolean default false not null;
alter table referral add column was_declined boolean default false not null;
alter table referral add column was_started boolean default false not null;
alter table referral add column sessions_attended integer default 0 not null;
alter table referral add column sessions_did_not_attend integer default 0 not null;

update referral set
    was_triaged = exists (select 1 from referral_event e where e.referral_id = referral.id
        and e.action = 'assign' and e.from_status = 'AWAITING_TRIAGE'),
    was_accepted = exists (select 1 from referral_event e where e.referral_id = referral.id
        and e.action = 'accept'),
    was_declined = exists (select 1 from referral_event e where e.referral_id = referral.id
        and e.action = 'decline'),
    was_started = exists (select 1 from referral_event e where e.referral_id = referral.id
        and e.to_status = 'IN_TREATMENT'),
    sessions_attended = (select count(*) from treatment_session s where s.referral_id = referral.id
        and s.attendance = 'ATTENDED'),
    sessions_did_not_attend = (select count(*) from treatment_session s
        where s.referral_id = referral.id and s.attendance = 'DID_NOT_ATTEND');

-- Declines by reason and practitioners' responses read only these columns of the events.
drop index referral_event_action_idx;
create index referral_event_action_idx on referral_event (action, referral_id, reason_code,
    practitioner_id, response_seconds);
