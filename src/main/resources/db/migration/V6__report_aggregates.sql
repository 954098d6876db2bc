-- Figures the commissioner reports need, maintained as the events happen so reports stay
-- aggregate queries over indexed columns.

-- Seconds from referral to the first attended session (set once, when that session is recorded).
alter table referral add column seconds_to_first_session bigint;

create index referral_practice_created_idx on referral (practice_ods_code, created_at);
create index referral_event_action_idx on referral_event (action, referral_id);
