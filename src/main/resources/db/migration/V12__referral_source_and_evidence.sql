-- Routes in and the evidence that keeps services funded (issue 15).

-- Where a referral came from: a GP practice (every referral made before this), a self-referral
-- recorded on the patient's behalf, another NHS professional, or a voluntary or community
-- organisation; and, for the last two, the referrer's role.
alter table referral add column source varchar(30) default 'GP_PRACTICE' not null;
alter table referral add column referrer_role varchar(100);

-- The evidence of one referral's course, one row per referral, each part recorded when it is known:
-- the patient's Friends and Family Test answer (and a comment no report ever shows), work status at
-- baseline and at the end, the referring practice's GP-appointment counts for the six months before
-- the referral and the six months after the course ended, and when the course ended.
create table referral_evidence (
    referral_id               uuid        not null primary key references referral (id),
    experience                varchar(30),
    experience_comment        varchar(2000),
    experience_recorded_at    timestamp with time zone,
    work_status_baseline      varchar(30),
    work_status_end           varchar(30),
    appointments_before       integer,
    appointments_after        integer,
    course_ended_at           timestamp with time zone,
    updated_at                timestamp with time zone not null,
    constraint referral_evidence_appointments_not_negative
        check ((appointments_before is null or appointments_before >= 0)
           and (appointments_after is null or appointments_after >= 0))
);

-- Courses that ended before this migration: when their last status change happened.
insert into referral_evidence (referral_id, course_ended_at, updated_at)
select r.id, r.updated_at, r.updated_at from referral r
where r.status in ('COMPLETED', 'ENDED_EARLY');
