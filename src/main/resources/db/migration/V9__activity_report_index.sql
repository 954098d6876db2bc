-- Everything the activity report reads of a referral, in one index led by the day it was received,
-- so a year of national data is read by an index-only scan rather than the whole wide table.
-- (Key columns rather than INCLUDE, which H2 lacks.)
create index referral_report_idx on referral (created_at, id, practice_ods_code, therapy_code,
    practitioner_id, status, sent_at, was_triaged, was_accepted, was_declined, was_started,
    sessions_attended, sessions_did_not_attend, seconds_to_first_session);
