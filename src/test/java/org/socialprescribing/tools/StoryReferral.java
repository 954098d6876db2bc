package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.tools.SyntheticDirectory.Practice;
import org.socialprescribing.tools.SyntheticDirectory.Practitioner;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;
import org.socialprescribing.treatment.outcome.ScoredOutcome;
import org.socialprescribing.treatment.session.Attendance;

/**
 * The referral being told: who it is for and where, what has happened to it so far, and the row the
 * referral table gets once the story is over.
 */
final class StoryReferral {
    private static final String[] GIVEN = {
        "Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Jamie", "Morgan", "Taylor", "Casey"
    };

    /** An outcome measure as recorded, in the order OutcomeService reads them back. */
    record Recorded(OutcomeMeasure measure, String timePoint, ScoredOutcome scored) {}

    /** A session as booked, and what happened at it once recorded. */
    static final class Session {
        UUID id;
        Instant createdAt;
        Instant scheduledAt;
        int minutes;
        Attendance attendance;
        Instant recordedAt;
    }

    final SplittableRandom random;
    final UUID id;
    final Practice practice;
    final boolean[] categories;
    final String therapy;
    final double severity;
    final Instant createdAt;

    Practitioner practitioner;
    boolean delegationAccepted;
    Role creatorRole;
    boolean therapyKnown;
    String conditionSummary;

    ReferralStatus status;
    String statusReason;
    String statusComment;
    Instant sentAt;
    Instant updatedAt;
    int changes;
    boolean wasTriaged, wasAccepted, wasDeclined, wasStarted;

    FundingStory.Plan plan;
    final List<Session> sessions = new ArrayList<>();
    Long secondsToFirstSession;
    List<OutcomeMeasure> measures;
    final List<Recorded> outcomes = new ArrayList<>();

    /** Draws, in this order, the referral's id, practice, conditions, therapy and severity. */
    StoryReferral(SplittableRandom random, SyntheticDirectory directory, Instant createdAt) {
        this.random = random;
        this.createdAt = createdAt;
        id = Ids.uuid(random);
        practice = directory.practice(random);
        categories = ReferralStory.categories(random);
        therapy = SyntheticDirectory.weightedTherapy(random, categories);
        severity = Math.min(0.95, Math.max(0.2, Ids.normal(random, 0.6, 0.15)));
    }

    boolean hasApprovedPlan() {
        return plan != null && "APPROVED".equals(plan.status);
    }

    /** How many sessions a course of this therapy usually has. */
    int courseLength() {
        return switch (therapy) {
            case "MINDFULNESS" -> 8;
            case "YOGA", "TAI_CHI", "PILATES" -> 6 + random.nextInt(3);
            case "ACUPUNCTURE" -> 5 + random.nextInt(4);
            default -> 4 + random.nextInt(3);
        };
    }

    String user(Role role) {
        return switch (role) {
            case GP -> gpUser();
            case LINK_WORKER -> "synthetic-link-worker-" + practice.pcn();
            default -> practitioner.userId();
        };
    }

    String organisation(Role role) {
        return switch (role) {
            case GP -> practice.ods();
            case LINK_WORKER -> practice.pcn();
            default -> practitioner.id().toString();
        };
    }

    String gpUser() {
        return "synthetic-gp-" + practice.ods();
    }

    /** The referral as ReferralService leaves it, with the counters SessionService keeps. */
    void write(HistoryWriter out) {
        List<Object> row = new ArrayList<>();
        row.addAll(Arrays.asList(id, Ids.uuid(random), (long) changes - 1, status.name()));
        row.addAll(referrer());
        row.addAll(patient());
        row.addAll(request());
        row.addAll(progress());
        ReferralSource source = EvidenceStory.source(this);
        row.add(source.name());
        row.add(EvidenceStory.referrerRole(source));
        out.row(REFERRAL, row.toArray());
    }

    private List<Object> referrer() {
        return Arrays.asList(
                practice.ods(),
                "Dr Synthetic " + practice.ods(),
                "G" + (1000000 + random.nextInt(9000000)),
                user(creatorRole),
                creatorRole.roleName());
    }

    private List<Object> patient() {
        List<Object> columns = new ArrayList<>();
        columns.add(Ids.nhsNumber(random));
        columns.add(GIVEN[random.nextInt(GIVEN.length)]);
        columns.add("Synthetic");
        columns.add(LocalDate.of(1935, 1, 1).plusDays(random.nextInt(365 * 70)));
        columns.add("ZZ99 " + (1 + random.nextInt(9)) + "ZZ");
        columns.add("07700 900" + String.format("%03d", random.nextInt(1000)));
        columns.add(null);
        columns.add(random.nextDouble() < 0.02 ? "Polish" : null);
        return columns;
    }

    private List<Object> request() {
        List<Object> columns = new ArrayList<>();
        columns.add(therapyKnown ? therapy : null);
        columns.add(practitioner == null ? null : practitioner.id());
        columns.add("Synthetic referral: " + conditionSummary);
        columns.add("Manage symptoms and stay active");
        columns.add(null);
        columns.add(random.nextDouble() < 0.08 ? "URGENT" : "ROUTINE");
        columns.add(true);
        columns.add(random.nextDouble() < 0.9);
        columns.add(practitioner != null && delegationAccepted);
        return columns;
    }

    private List<Object> progress() {
        int missedRun = 0;
        int attended = 0;
        int missed = 0;
        for (Session s : sessions) {
            if (s.attendance == Attendance.ATTENDED) {
                missedRun = 0;
                attended++;
            } else if (s.attendance == Attendance.DID_NOT_ATTEND) {
                missedRun++;
                missed++;
            }
        }
        List<Object> columns = new ArrayList<>();
        columns.addAll(Arrays.asList(statusReason, statusComment, sentAt, createdAt, updatedAt));
        columns.add(missedRun);
        columns.add(secondsToFirstSession);
        columns.addAll(Arrays.asList(wasTriaged, wasAccepted, wasDeclined, wasStarted));
        columns.add(attended);
        columns.add(missed);
        return columns;
    }
}
