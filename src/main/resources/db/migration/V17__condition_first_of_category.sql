-- A referral counts once under each category of condition it names: by its first condition of the
-- category. Kept on the condition when the referral is made, so that the activity report grouped by
-- category reads it from the row instead of looking for an earlier condition of the same category
-- among every condition of every year.
${migration_session}

alter table referral_condition add column first_of_category boolean default true not null;

update referral_condition set first_of_category = false
    where exists (select 1 from referral_condition earlier
        where earlier.referral_id = referral_condition.referral_id
          and earlier.category = referral_condition.category
          and earlier.position < referral_condition.position);
