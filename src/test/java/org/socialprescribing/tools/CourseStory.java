package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.TREATMENT_SESSION;
import static org.socialprescribing.tools.StoryClock.hours;
import static org.socialprescribing.tools.StoryClock.later;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.socialprescribing.referral.domain.EndReason;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.tools.StoryReferral.Session;
import org.socialprescribing.treatment.session.Attendance;

/**
 * A course of treatment: sessions booked and recorded until the course is complete, ends early, or
 * "now" is reached; the first attended session starts treatment and is when the baseline measures
 * are taken; the treatment-summary letter closes the course.
 */
final class CourseStory {
    private static final List<String> GROUP_THERAPIES =
            List.of("YOGA", "TAI_CHI", "PILATES", "MINDFULNESS", "MEDITATION");

    private final HistoryWriter out;
    private final Instant now;
    private final ReferralEvents events;
    private final FundingStory funding;
    private final OutcomeStory outcomes;

    /** How this course runs: its length, its sessions' length and spacing, who turns up. */
    private record Pattern(int planned, int minutes, int interval, double attendRate) {}

    /** Where the course stands after each recorded session. */
    private static final class Progress {
        int counted;
        int attended;
        int missedRun;
        Instant lastAttended;
        EndReason ending;
    }

    CourseStory(
            HistoryWriter out,
            Instant now,
            ReferralEvents events,
            FundingStory funding,
            OutcomeStory outcomes) {
        this.out = out;
        this.now = now;
        this.events = events;
        this.funding = funding;
        this.outcomes = outcomes;
    }

    /** Books and records sessions from the first possible day, then closes the course. */
    void run(StoryReferral referral, Instant first) {
        SplittableRandom random = referral.random;
        Pattern pattern = pattern(referral);
        Instant booked = referral.updatedAt;
        if (referral.plan != null) {
            // Nothing can be booked while a prior-approval request waits for its decision.
            FundingStory.Plan plan = referral.plan;
            booked = later(booked, plan.decidedAt == null ? plan.createdAt : plan.decidedAt);
        }
        Instant at = StoryClock.workingHour(random, first);
        Progress progress = new Progress();
        while (progress.counted < pattern.planned()) {
            if (booked.isAfter(now)) {
                return;
            }
            Session session = book(referral, booked, at, pattern.minutes());
            if (session.recordedAt.isAfter(now)) {
                return;
            }
            if (recorded(referral, session, pattern, progress)) {
                break;
            }
            if (random.nextDouble() < 0.004) {
                events.cancel(
                        referral,
                        session.recordedAt.plus(hours(24 * random.nextDouble() * 5)),
                        "GP cancelled: patient admitted to hospital");
                return;
            }
            booked = session.recordedAt;
            at = next(random, at, pattern.interval());
        }
        close(referral, progress);
    }

    private static Pattern pattern(StoryReferral referral) {
        SplittableRandom random = referral.random;
        boolean group = GROUP_THERAPIES.contains(referral.therapy);
        int planned =
                referral.hasApprovedPlan()
                        ? referral.plan.approvedSessions
                        : referral.courseLength();
        int minutes = group ? 60 + 30 * random.nextInt(2) : 45 + 15 * random.nextInt(2);
        int interval = group || random.nextDouble() < 0.7 ? 7 : 14;
        double attendRate = Math.min(0.98, Math.max(0.4, Ids.normal(random, 0.81, 0.12)));
        return new Pattern(planned, minutes, interval, attendRate);
    }

    private static Instant next(SplittableRandom random, Instant at, int interval) {
        return StoryClock.workingHour(
                random, at.plus(Duration.ofDays(interval + random.nextInt(3) - 1)));
    }

    private static Session book(StoryReferral referral, Instant booked, Instant at, int minutes) {
        SplittableRandom random = referral.random;
        Session session = new Session();
        session.id = Ids.uuid(random);
        session.createdAt = booked;
        session.scheduledAt = later(at, booked.plus(Duration.ofHours(2)));
        session.minutes = minutes;
        session.recordedAt =
                session.scheduledAt.plus(Duration.ofMinutes(minutes + random.nextInt(36 * 60)));
        referral.sessions.add(session);
        return session;
    }

    /** Records what happened at the session; true if the course ends early with it. */
    private boolean recorded(
            StoryReferral referral, Session session, Pattern pattern, Progress progress) {
        session.attendance = attendance(referral.random, pattern.attendRate());
        if (session.attendance != Attendance.CANCELLED_BY_PRACTITIONER) {
            progress.counted++;
        }
        if (session.attendance == Attendance.ATTENDED) {
            progress.attended++;
            progress.missedRun = 0;
            progress.lastAttended = session.recordedAt;
            attendedSession(referral, session, progress.attended == 1);
        } else if (session.attendance == Attendance.DID_NOT_ATTEND) {
            progress.missedRun++;
        }
        funding.charge(referral, session);
        progress.ending = earlyEnding(referral.random, progress.missedRun, progress.attended);
        return progress.ending != null;
    }

    private static Attendance attendance(SplittableRandom random, double attendRate) {
        double roll = random.nextDouble();
        if (roll < attendRate) {
            return Attendance.ATTENDED;
        }
        double rest = (roll - attendRate) / (1 - attendRate);
        return rest < 0.5
                ? Attendance.DID_NOT_ATTEND
                : rest < 0.8
                        ? Attendance.CANCELLED_BY_PATIENT
                        : Attendance.CANCELLED_BY_PRACTITIONER;
    }

    /** The first attended session starts treatment and is when the baseline measures are taken. */
    private void attendedSession(StoryReferral referral, Session session, boolean first) {
        if (referral.status == ReferralStatus.ACCEPTED) {
            events.byPerformer(
                    referral,
                    session.recordedAt,
                    ReferralAction.START_TREATMENT,
                    null,
                    "First session attended",
                    null);
        }
        if (first) {
            // As SessionService sets it when the first attendance is recorded.
            referral.secondsToFirstSession =
                    Math.max(
                            0,
                            Duration.between(referral.createdAt, session.scheduledAt).toSeconds());
        }
        if (first && referral.random.nextDouble() < 0.88) {
            referral.measures = OutcomeStory.measures(referral);
            outcomes.record(
                    referral,
                    session.recordedAt.plus(Duration.ofMinutes(5)),
                    "BASELINE",
                    referral.severity);
        }
    }

    private static EndReason earlyEnding(SplittableRandom random, int missedRun, int attended) {
        if (missedRun >= 2 && random.nextDouble() < 0.5) {
            return EndReason.DID_NOT_ATTEND;
        }
        double roll = random.nextDouble();
        if (roll < 0.012) {
            return EndReason.PATIENT_WITHDREW;
        } else if (roll < 0.015) {
            return EndReason.CLINICAL_CONCERN;
        } else if (roll < 0.02) {
            return EndReason.REFERRED_ELSEWHERE;
        } else if (roll < 0.022) {
            return EndReason.OTHER;
        } else if (roll < 0.03) {
            return attended >= 3 ? EndReason.GOALS_MET_EARLY : null;
        }
        return null;
    }

    /** End measures, then the treatment-summary letter completes the course or ends it early. */
    private void close(StoryReferral referral, Progress progress) {
        SplittableRandom random = referral.random;
        List<Session> sessions = referral.sessions;
        Instant lastRecorded =
                sessions.isEmpty()
                        ? referral.updatedAt
                        : sessions.get(sessions.size() - 1).recordedAt;
        Instant letter = lastRecorded.plus(hours(24 * (1 + 13 * random.nextDouble())));
        if (letter.isAfter(now)) {
            return;
        }
        if (referral.measures != null && progress.lastAttended != null) {
            boolean endMeasured =
                    progress.ending == null
                            ? random.nextDouble() < 0.85
                            : random.nextDouble() < 0.35;
            if (endMeasured) {
                outcomes.record(
                        referral,
                        later(progress.lastAttended, lastRecorded).plus(Duration.ofMinutes(10)),
                        "END",
                        endSeverity(referral, progress.attended));
            }
        }
        String comment = "Treatment-summary letter sent";
        if (progress.ending == null && progress.attended > 0) {
            events.byPerformer(referral, letter, ReferralAction.COMPLETE, null, comment, null);
        } else {
            EndReason reason = progress.ending == null ? EndReason.DID_NOT_ATTEND : progress.ending;
            events.byPerformer(
                    referral, letter, ReferralAction.END_EARLY, reason.name(), comment, null);
        }
    }

    /** Better on average, by more for therapies with better evidence; some get worse. */
    private static double endSeverity(StoryReferral referral, int attended) {
        double effect =
                switch (referral.therapy) {
                    case "YOGA", "MINDFULNESS", "ACUPUNCTURE", "OSTEOPATHY", "PILATES", "TAI_CHI" ->
                            0.2;
                    case "HOMEOPATHY", "REIKI" -> 0.08;
                    default -> 0.14;
                };
        double dose = Math.min(1, attended / 5.0);
        return Math.min(
                1,
                Math.max(0, referral.severity - Ids.normal(referral.random, effect * dose, 0.15)));
    }

    /** The sessions as SessionService stores them. */
    void write(StoryReferral referral) {
        boolean group = GROUP_THERAPIES.contains(referral.therapy);
        for (Session s : referral.sessions) {
            boolean known = s.attendance != null;
            boolean remote = (s.id.getLeastSignificantBits() & 7) == 0;
            out.row(
                    TREATMENT_SESSION,
                    s.id,
                    referral.id,
                    s.scheduledAt,
                    s.minutes,
                    group ? "GROUP" : "INDIVIDUAL",
                    remote ? "REMOTE" : "IN_PERSON",
                    remote ? null : "Synthetic Wellbeing Centre, " + referral.practice.pcn(),
                    known ? s.attendance.name() : null,
                    null,
                    known ? s.recordedAt : null,
                    s.createdAt,
                    known ? 1L : 0L);
        }
    }
}
