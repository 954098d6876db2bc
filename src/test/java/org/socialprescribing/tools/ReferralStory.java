package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.CHARGE_LINE;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_PLAN;
import static org.socialprescribing.tools.HistoryWriter.Table.OUTCOME_CHANGE;
import static org.socialprescribing.tools.HistoryWriter.Table.OUTCOME_RECORD;
import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL;
import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL_CONDITION;
import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL_EVENT;
import static org.socialprescribing.tools.HistoryWriter.Table.SAFETY_ALERT;
import static org.socialprescribing.tools.HistoryWriter.Table.TREATMENT_SESSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.socialprescribing.funding.money.Means;
import org.socialprescribing.funding.money.SessionSplit;
import org.socialprescribing.funding.money.SlidingScale;
import org.socialprescribing.funding.money.Splits;
import org.socialprescribing.funding.plan.FundingApi.ShareView;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.funding.scheme.SplitRules;
import org.socialprescribing.referral.domain.DeclineReason;
import org.socialprescribing.referral.domain.EndReason;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.tools.SyntheticDirectory.Practice;
import org.socialprescribing.tools.SyntheticDirectory.Practitioner;
import org.socialprescribing.tools.SyntheticDirectory.Scheme;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;
import org.socialprescribing.treatment.outcome.OutcomeScoring;
import org.socialprescribing.treatment.outcome.Score;
import org.socialprescribing.treatment.outcome.ScoredOutcome;
import org.socialprescribing.treatment.session.Attendance;

/**
 * One referral's life, told the way the API would have recorded it: every status change is an
 * event, made by the side the lifecycle allows, in an order the lifecycle allows; sessions only
 * once accepted; treatment starts with the first attended session; funding commits the funders'
 * share and charges follow attendance. Whatever would happen after the cut-off ("now") is not told,
 * so recent referrals are naturally still open.
 */
final class ReferralStory {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String GP = "gp";
    private static final String LINK_WORKER = "link-worker";
    private static final String PRACTITIONER = "practitioner";

    private static final String[][] CONDITIONS = {
        {
            "Chronic low back pain",
            "Neck pain",
            "Knee osteoarthritis",
            "Fibromyalgia",
            "Chronic shoulder pain",
            "Hip osteoarthritis"
        },
        {"Anxiety", "Low mood", "Mild to moderate depression", "Stress", "Insomnia with anxiety"},
        {
            "Irritable bowel syndrome",
            "Tension-type headache",
            "Migraine",
            "Post-viral fatigue",
            "Menopausal symptoms"
        }
    };
    private static final String[] CATEGORY = {"MSK", "MENTAL_HEALTH", "OTHER"};
    private static final String[] GIVEN = {
        "Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Jamie", "Morgan", "Taylor", "Casey"
    };
    private static final double[] DECLINE_WEIGHTS =
            SyntheticDirectory.cumulative(new double[] {30, 15, 5, 8, 12, 15, 10, 5});
    private static final List<String> GROUP_THERAPIES =
            List.of("YOGA", "TAI_CHI", "PILATES", "MINDFULNESS", "MEDITATION");

    private final SyntheticDirectory directory;
    private final HistoryWriter out;
    private final Instant now;
    private final ObjectMapper json = new ObjectMapper();

    // The referral being told.
    private SplittableRandom random;
    private UUID id;
    private Practice practice;
    private Practitioner practitioner;
    private String therapy;
    private boolean[] categories;
    private ReferralStatus status;
    private String statusReason;
    private String statusComment;
    private Instant createdAt;
    private Instant sentAt;
    private Instant updatedAt;
    private int changes;
    private boolean delegationAccepted;
    private Plan plan;
    private final List<Session> sessions = new ArrayList<>();
    private double severity;
    private List<OutcomeMeasure> measures;
    private String conditionSummary;
    private String creatorRole;
    private boolean therapyKnown;
    private Long secondsToFirstSession;
    private boolean wasTriaged, wasAccepted, wasDeclined, wasStarted;
    private final List<Recorded> outcomes = new ArrayList<>();

    /** An outcome measure as recorded, in the order OutcomeService reads them back. */
    private record Recorded(OutcomeMeasure measure, String timePoint, ScoredOutcome scored) {}

    /** A session as booked, and what happened at it once recorded. */
    private static final class Session {
        UUID id;
        Instant createdAt;
        Instant scheduledAt;
        int minutes;
        Attendance attendance;
        Instant recordedAt;
    }

    /** A referral's funding plan under one scheme. */
    private static final class Plan {
        UUID id;
        Scheme scheme;
        String status;
        int approvedSessions;
        List<ShareView> shares;
        long funderPence;
        long patientPence;
        long spentPence;
        long patientChargedPence;
        String incomeBand;
        Boolean receivesBenefits;
        String justification;
        String decisionReason;
        String decidedBy;
        Instant decidedAt;
        String requestedBy;
        Instant createdAt;
        int version;
    }

    ReferralStory(SyntheticDirectory directory, HistoryWriter out, Instant now) {
        this.directory = directory;
        this.out = out;
        this.now = now;
    }

    /** Tells the whole story of one referral created at the given moment. */
    void tell(SplittableRandom random, Instant created) {
        begin(random, created);
        if (referred() && responded()) {
            treat(updatedAt);
        }
        finish();
    }

    /** The scheme a referral would be funded by, if any; also used to size the budgets. */
    static Scheme chooseScheme(
            SyntheticDirectory directory,
            SplittableRandom random,
            String therapy,
            Practice practice,
            LocalDate day) {
        List<Scheme> eligible = new ArrayList<>();
        double total = 0;
        for (Scheme scheme : directory.schemes) {
            if (scheme.covers(therapy, practice, day)) {
                eligible.add(scheme);
                total += preference(scheme.route);
            }
        }
        double roll = random.nextDouble() * total;
        for (Scheme scheme : eligible) {
            roll -= preference(scheme.route);
            if (roll < 0) {
                return scheme;
            }
        }
        return null;
    }

    /** Commissioned money is sought first; patients paying for themselves last. */
    private static double preference(SchemeRoute route) {
        return switch (route) {
            case COMMISSIONED -> 6;
            case PRIOR_APPROVAL, SLIDING_SCALE, SPLIT, CHARITY_GRANT -> 3;
            case PERSONAL_HEALTH_BUDGET, SELF_FUNDED -> 1;
        };
    }

    static boolean[] categories(SplittableRandom random) {
        double roll = random.nextDouble();
        // MSK and mental-health problems often come together (DOMAIN.md).
        if (roll < 0.38) {
            return new boolean[] {true, false, false};
        } else if (roll < 0.58) {
            return new boolean[] {false, true, false};
        } else if (roll < 0.83) {
            return new boolean[] {true, true, false};
        } else if (roll < 0.93) {
            return new boolean[] {false, false, true};
        }
        return new boolean[] {true, false, true};
    }

    // --- referral and triage ---

    private void begin(SplittableRandom random, Instant created) {
        this.random = random;
        id = Ids.uuid(random);
        practice = directory.practice(random);
        categories = categories(random);
        therapy = SyntheticDirectory.weightedTherapy(random, categories);
        practitioner = null;
        status = null;
        statusReason = null;
        statusComment = null;
        createdAt = created;
        sentAt = null;
        changes = 0;
        plan = null;
        sessions.clear();
        measures = null;
        secondsToFirstSession = null;
        wasTriaged = wasAccepted = wasDeclined = wasStarted = false;
        outcomes.clear();
        severity = Math.min(0.95, Math.max(0.2, Ids.normal(random, 0.6, 0.15)));
        conditions();
    }

    /** Created straight to a practitioner, or to the link workers for triage first. */
    private boolean referred() {
        if (random.nextDouble() >= 0.3) {
            creatorRole = GP;
            therapyKnown = true;
            assignPractitioner(null);
            sentAt = createdAt;
            return change(createdAt, "create", ReferralStatus.SENT, GP, null, null, null);
        }
        String named = random.nextBoolean() ? therapy : null;
        creatorRole = random.nextDouble() < 0.3 ? LINK_WORKER : GP;
        therapyKnown = named != null;
        change(createdAt, "create", ReferralStatus.AWAITING_TRIAGE, creatorRole, null, null, null);
        Instant triaged = createdAt.plus(hours(24 + 24 * exponential(3)));
        if (random.nextDouble() < 0.03) {
            return cancel(triaged, "Patient no longer wishes to be referred") && false;
        }
        return assign(triaged, null);
    }

    private boolean assign(Instant at, UUID previous) {
        if (at.isAfter(now)) {
            return false;
        }
        assignPractitioner(previous);
        therapyKnown = true;
        sentAt = at;
        return change(at, "assign", ReferralStatus.SENT, LINK_WORKER, null, null, null);
    }

    private void assignPractitioner(UUID previous) {
        practitioner = directory.practitioner(random, therapy, practice.icb(), previous);
        delegationAccepted = !practitioner.regulated() || random.nextDouble() < 0.1;
    }

    /** The practitioner accepts or declines; a declined referral may be sent to another. */
    private boolean responded() {
        for (int attempt = 0; ; attempt++) {
            Instant at = sentAt.plus(hours(Math.exp(Ids.normal(random, Math.log(30), 1.0))));
            if (random.nextDouble() < 0.02) {
                return cancel(
                                sentAt.plus(hours(1 + 48 * random.nextDouble())),
                                "Referred elsewhere")
                        && false;
            }
            long seconds = Duration.between(sentAt, at).toSeconds();
            if (random.nextDouble() < 0.82) {
                return change(
                        at, "accept", ReferralStatus.ACCEPTED, PRACTITIONER, null, null, seconds);
            }
            String reason =
                    DeclineReason.values()[SyntheticDirectory.pick(DECLINE_WEIGHTS, random)].name();
            if (!change(
                    at, "decline", ReferralStatus.DECLINED, PRACTITIONER, reason, null, seconds)) {
                return false;
            }
            Instant next = at.plus(hours(24 * (1 + 4 * random.nextDouble())));
            if (attempt < 2 && random.nextDouble() < 0.45) {
                if (!assign(next, practitioner.id())) {
                    return false;
                }
                continue;
            }
            if (random.nextDouble() < 0.15) {
                cancel(next, "No suitable service found");
            }
            return false;
        }
    }

    // --- funding and treatment ---

    private void treat(Instant accepted) {
        Instant firstPossible = accepted.plus(hours(24 * (7 + 14 * random.nextDouble())));
        if (random.nextDouble() < 0.7) {
            Instant funded = accepted.plus(hours(48 * random.nextDouble()));
            if (funded.isAfter(now)) {
                return;
            }
            fund(funded);
            if (plan != null && "PENDING_APPROVAL".equals(plan.status)) {
                Instant decided = plan.createdAt.plus(hours(24 * (2 + 12 * random.nextDouble())));
                if (decided.isAfter(now) || !decide(decided)) {
                    return;
                }
                firstPossible =
                        later(
                                firstPossible,
                                decided.plus(hours(24 * (3 + 4 * random.nextDouble()))));
            }
        }
        if (random.nextDouble() < 0.03) {
            cancel(accepted.plus(hours(24 * (3 + 17 * random.nextDouble()))), "Patient moved away");
            return;
        }
        sessions(firstPossible);
    }

    private void fund(Instant at) {
        LocalDate day = at.atZone(UK).toLocalDate();
        Scheme scheme = chooseScheme(directory, random, therapy, practice, day);
        if (scheme == null) {
            return;
        }
        Plan candidate = new Plan();
        candidate.id = Ids.uuid(random);
        candidate.scheme = scheme;
        candidate.createdAt = at;
        candidate.requestedBy = gpUser();
        Means means = means(scheme);
        SessionSplit split = Splits.split(scheme.feePence, scheme.rule, means);
        if (scheme.route == SchemeRoute.SLIDING_SCALE) {
            candidate.receivesBenefits = means.receivesMeansTestedBenefits();
            candidate.incomeBand = Splits.band(((SlidingScale) scheme.rule).bands(), means).code();
        }
        candidate.shares =
                split.shares().stream()
                        .map(s -> new ShareView(SplitRules.code(s.payer()), s.pence()))
                        .toList();
        candidate.funderPence = split.fundersPence();
        candidate.patientPence = split.patientPence();
        candidate.approvedSessions = Math.min(courseLength(), scheme.maxSessions);
        if (scheme.route == SchemeRoute.PERSONAL_HEALTH_BUDGET) {
            long remaining = 5_000 + random.nextInt(60_000);
            long affordable = remaining / candidate.funderPence;
            if (affordable == 0) {
                return; // the API refuses: what remains of the budget pays for no session
            }
            candidate.approvedSessions = (int) Math.min(candidate.approvedSessions, affordable);
        }
        if (scheme.route.needsApproval()) {
            candidate.status = "PENDING_APPROVAL";
            candidate.justification =
                    "Synthetic case: symptoms persist despite usual care; "
                            + candidate.approvedSessions
                            + " sessions requested.";
            plan = candidate;
        } else if (commit(candidate, at)) {
            candidate.status = "APPROVED";
            plan = candidate;
        }
    }

    /**
     * Holds the plan's full cost against the budget, as the API's conditional update does: refused
     * once committed plus spent would pass the budget, so the referral goes on unfunded.
     */
    private boolean commit(Plan candidate, Instant at) {
        return candidate.scheme.hold(candidate.funderPence * candidate.approvedSessions, at);
    }

    /** The commissioner decides a prior-approval request; the referral may go on unfunded. */
    private boolean decide(Instant at) {
        plan.decidedAt = at;
        plan.decidedBy = "synthetic-commissioner-" + plan.scheme.funder;
        plan.version++;
        if (random.nextDouble() < 0.85 && commit(plan, at)) {
            plan.status = "APPROVED";
            return true;
        }
        plan.status = "DECLINED";
        plan.decisionReason =
                "Does not meet the panel's criteria, or the budget is spent (synthetic)";
        if (random.nextBoolean()) {
            cancel(at.plus(hours(24 * (3 + 7 * random.nextDouble()))), "Funding was not approved");
            return false;
        }
        return true;
    }

    /** Books and records sessions until the course is complete, ends early, or "now" is reached. */
    private void sessions(Instant first) {
        int planned =
                plan != null && "APPROVED".equals(plan.status)
                        ? plan.approvedSessions
                        : courseLength();
        int minutes =
                GROUP_THERAPIES.contains(therapy)
                        ? 60 + 30 * random.nextInt(2)
                        : 45 + 15 * random.nextInt(2);
        int interval = GROUP_THERAPIES.contains(therapy) || random.nextDouble() < 0.7 ? 7 : 14;
        double attendRate = Math.min(0.98, Math.max(0.4, Ids.normal(random, 0.81, 0.12)));
        Instant booked = updatedAt;
        if (plan != null) {
            // Nothing can be booked while a prior-approval request waits for its decision.
            booked = later(booked, plan.decidedAt == null ? plan.createdAt : plan.decidedAt);
        }
        Instant at = workingHour(first);
        int counted = 0;
        int attended = 0;
        int missedRun = 0;
        Instant lastAttended = null;
        EndReason ending = null;
        while (counted < planned) {
            if (booked.isAfter(now)) {
                return;
            }
            Session session = book(booked, at, minutes);
            if (session.recordedAt.isAfter(now)) {
                return;
            }
            session.attendance = attendance(attendRate);
            if (session.attendance != Attendance.CANCELLED_BY_PRACTITIONER) {
                counted++;
            }
            if (session.attendance == Attendance.ATTENDED) {
                attended++;
                missedRun = 0;
                lastAttended = session.recordedAt;
                attendedSession(session, attended == 1);
            } else if (session.attendance == Attendance.DID_NOT_ATTEND) {
                missedRun++;
            }
            charge(session);
            ending = earlyEnding(missedRun, attended);
            if (ending != null) {
                break;
            }
            if (random.nextDouble() < 0.004) {
                cancel(
                        session.recordedAt.plus(hours(24 * random.nextDouble() * 5)),
                        "GP cancelled: patient admitted to hospital");
                return;
            }
            booked = session.recordedAt;
            at = workingHour(at.plus(Duration.ofDays(interval + random.nextInt(3) - 1)));
        }
        close(lastAttended, attended, ending);
    }

    private Session book(Instant booked, Instant at, int minutes) {
        Session session = new Session();
        session.id = Ids.uuid(random);
        session.createdAt = booked;
        session.scheduledAt = later(at, booked.plus(Duration.ofHours(2)));
        session.minutes = minutes;
        session.recordedAt =
                session.scheduledAt.plus(Duration.ofMinutes(minutes + random.nextInt(36 * 60)));
        sessions.add(session);
        return session;
    }

    private Attendance attendance(double attendRate) {
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
    private void attendedSession(Session session, boolean first) {
        if (status == ReferralStatus.ACCEPTED) {
            change(
                    session.recordedAt,
                    "start-treatment",
                    ReferralStatus.IN_TREATMENT,
                    PRACTITIONER,
                    null,
                    "First session attended",
                    null);
        }
        if (first) {
            // As SessionService sets it when the first attendance is recorded.
            secondsToFirstSession =
                    Math.max(0, Duration.between(createdAt, session.scheduledAt).toSeconds());
        }
        if (first && random.nextDouble() < 0.88) {
            measures = measures();
            record(session.recordedAt.plus(Duration.ofMinutes(5)), "BASELINE", severity);
        }
    }

    private EndReason earlyEnding(int missedRun, int attended) {
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
    private void close(Instant lastAttended, int attended, EndReason ending) {
        Instant lastRecorded =
                sessions.isEmpty() ? updatedAt : sessions.get(sessions.size() - 1).recordedAt;
        Instant letter = lastRecorded.plus(hours(24 * (1 + 13 * random.nextDouble())));
        if (letter.isAfter(now)) {
            return;
        }
        if (measures != null && lastAttended != null) {
            boolean endMeasured =
                    ending == null ? random.nextDouble() < 0.85 : random.nextDouble() < 0.35;
            if (endMeasured) {
                record(
                        later(lastAttended, lastRecorded).plus(Duration.ofMinutes(10)),
                        "END",
                        endSeverity(attended));
            }
        }
        String comment = "Treatment-summary letter sent";
        if (ending == null && attended > 0) {
            change(letter, "complete", ReferralStatus.COMPLETED, PRACTITIONER, null, comment, null);
        } else {
            String reason = (ending == null ? EndReason.DID_NOT_ATTEND : ending).name();
            change(
                    letter,
                    "end-early",
                    ReferralStatus.ENDED_EARLY,
                    PRACTITIONER,
                    reason,
                    comment,
                    null);
        }
    }

    /** Better on average, by more for therapies with better evidence; some get worse. */
    private double endSeverity(int attended) {
        double effect =
                switch (therapy) {
                    case "YOGA", "MINDFULNESS", "ACUPUNCTURE", "OSTEOPATHY", "PILATES", "TAI_CHI" ->
                            0.2;
                    case "HOMEOPATHY", "REIKI" -> 0.08;
                    default -> 0.14;
                };
        double dose = Math.min(1, attended / 5.0);
        return Math.min(1, Math.max(0, severity - Ids.normal(random, effect * dose, 0.15)));
    }

    private List<OutcomeMeasure> measures() {
        List<OutcomeMeasure> chosen = new ArrayList<>();
        boolean msk = categories[0];
        boolean mentalHealth = categories[1];
        if (msk || categories[2] || random.nextDouble() < 0.4) {
            chosen.add(OutcomeMeasure.MYMOP2);
        }
        if (mentalHealth) {
            double roll = random.nextDouble();
            if (roll < 0.55) {
                chosen.add(OutcomeMeasure.PHQ9);
                chosen.add(OutcomeMeasure.GAD7);
            } else if (roll < 0.8) {
                chosen.add(OutcomeMeasure.WEMWBS);
            } else if (roll < 0.9) {
                chosen.add(OutcomeMeasure.SWEMWBS);
            } else {
                chosen.add(OutcomeMeasure.ONS4);
            }
        } else if (random.nextDouble() < 0.25) {
            chosen.add(OutcomeMeasure.EQ5D5L);
        }
        return chosen;
    }

    /**
     * Records each chosen measure, scored by the API's own scoring, as OutcomeService stores it.
     */
    private void record(Instant at, String timePoint, double level) {
        for (OutcomeMeasure measure : measures) {
            List<Integer> answers = OutcomeAnswers.answers(random, measure, level);
            Integer vas = null;
            if (measure == OutcomeMeasure.EQ5D5L) {
                vas = answers.remove(answers.size() - 1);
            }
            ScoredOutcome scored = OutcomeScoring.score(measure, answers, vas);
            outcomes.add(new Recorded(measure, timePoint, scored));
            out.row(
                    OUTCOME_RECORD,
                    Ids.uuid(random),
                    id,
                    measure.name(),
                    timePoint,
                    at.atZone(UK).toLocalDate(),
                    join(answers),
                    vas,
                    write(scored.scores()),
                    scored.urgentReviewNeeded(),
                    practitioner.userId(),
                    at);
            if (scored.urgentReviewNeeded()) {
                alert(at, answers.get(8));
            }
        }
    }

    /** The alert OutcomeService raises by itself when PHQ-9 item 9 is not "not at all". */
    private void alert(Instant at, int item9) {
        out.row(
                SAFETY_ALERT,
                Ids.uuid(random),
                id,
                "HIGH",
                "PHQ-9 completed on "
                        + at.atZone(UK).toLocalDate()
                        + ": item 9 (thoughts of being better off dead or of self-harm) was answered "
                        + item9
                        + " (0 to 3). Urgent clinical review is needed.",
                "Alert raised automatically when the answers were recorded.",
                "system",
                true,
                at);
    }

    /**
     * Charge lines for a session the plan pays for, one per payer, as ChargeService writes them.
     */
    private void charge(Session session) {
        if (plan == null || !"APPROVED".equals(plan.status)) {
            return;
        }
        boolean chargeable =
                session.attendance == Attendance.ATTENDED
                        || (session.attendance == Attendance.DID_NOT_ATTEND
                                && plan.scheme.chargeDidNotAttend);
        if (!chargeable) {
            return;
        }
        for (ShareView share : plan.shares) {
            boolean patient = "PATIENT".equals(share.payer());
            if (patient) {
                plan.patientChargedPence += share.pence();
            }
            Instant paid = session.recordedAt.plus(hours(24 * 7 * random.nextDouble()));
            out.row(
                    CHARGE_LINE,
                    Ids.uuid(random),
                    plan.id,
                    id,
                    session.id,
                    share.payer(),
                    share.pence(),
                    session.attendance.name(),
                    session.recordedAt,
                    patient && random.nextDouble() < 0.85 && !paid.isAfter(now) ? paid : null);
        }
        plan.spentPence += plan.funderPence;
        plan.version++;
    }

    private boolean cancel(Instant at, String why) {
        return change(
                at,
                "cancel",
                ReferralStatus.CANCELLED,
                random.nextDouble() < 0.8 ? GP : LINK_WORKER,
                null,
                why,
                null);
    }

    /**
     * One status change and its event, unless it would happen after "now", in which case the story
     * stops here.
     */
    private boolean change(
            Instant at,
            String action,
            ReferralStatus to,
            String role,
            String reason,
            String comment,
            Long responseSeconds) {
        if (at.isAfter(now)) {
            return false;
        }
        out.row(
                REFERRAL_EVENT,
                id,
                at,
                user(role),
                role,
                organisation(role),
                action,
                status == null ? null : status.name(),
                to.name(),
                reason,
                comment,
                practitioner == null ? null : practitioner.id(),
                responseSeconds);
        // the milestones ReferralService keeps on the referral for the activity report
        wasTriaged |= action.equals("assign") && status == ReferralStatus.AWAITING_TRIAGE;
        wasAccepted |= action.equals("accept");
        wasDeclined |= action.equals("decline");
        wasStarted |= to == ReferralStatus.IN_TREATMENT;
        status = to;
        statusReason = reason;
        statusComment = comment;
        updatedAt = at;
        changes++;
        return true;
    }

    // --- writing the referral and its plan ---

    private void finish() {
        writeSessions();
        writeOutcomeChanges();
        writePlan();
        writeReferral();
    }

    private void writeSessions() {
        for (Session s : sessions) {
            boolean known = s.attendance != null;
            boolean group = GROUP_THERAPIES.contains(therapy);
            boolean remote = (s.id.getLeastSignificantBits() & 7) == 0;
            out.row(
                    TREATMENT_SESSION,
                    s.id,
                    id,
                    s.scheduledAt,
                    s.minutes,
                    group ? "GROUP" : "INDIVIDUAL",
                    remote ? "REMOTE" : "IN_PERSON",
                    remote ? null : "Synthetic Wellbeing Centre, " + practice.pcn(),
                    known ? s.attendance.name() : null,
                    null,
                    known ? s.recordedAt : null,
                    s.createdAt,
                    known ? 1L : 0L);
        }
    }

    /**
     * Each measure's change per score, as OutcomeService keeps them in step: from the first record
     * marked baseline (else the first) to the latest record after it.
     */
    private void writeOutcomeChanges() {
        for (OutcomeMeasure measure : OutcomeMeasure.values()) {
            List<Recorded> taken = outcomes.stream().filter(o -> o.measure() == measure).toList();
            if (taken.isEmpty()) {
                continue;
            }
            Recorded baseline =
                    taken.stream()
                            .filter(o -> "BASELINE".equals(o.timePoint()))
                            .findFirst()
                            .orElse(taken.get(0));
            Recorded last = taken.get(taken.size() - 1);
            Recorded end = last == baseline ? null : last;
            for (String name : OutcomeScoring.scoreNames(measure)) {
                BigDecimal from = value(baseline, name);
                if (from == null) {
                    continue;
                }
                BigDecimal to = end == null ? null : value(end, name);
                out.row(
                        OUTCOME_CHANGE,
                        id,
                        measure.name(),
                        name,
                        OutcomeScoring.direction(measure, name).name(),
                        from,
                        to,
                        to == null ? null : to.subtract(from),
                        OutcomeScoring.meaningfulImprovement(measure, name, from, to));
            }
        }
    }

    private static BigDecimal value(Recorded recorded, String score) {
        return recorded.scored().score(score).map(Score::value).orElse(null);
    }

    /** The plan as it stands now: a finished referral's plan is closed and its rest released. */
    private void writePlan() {
        if (plan == null) {
            return;
        }
        long committed = 0;
        long released = 0;
        if ("APPROVED".equals(plan.status)) {
            committed = plan.funderPence * plan.approvedSessions - plan.spentPence;
        }
        if (status.isFinished()
                && ("APPROVED".equals(plan.status) || "PENDING_APPROVAL".equals(plan.status))) {
            released = committed;
            committed = 0;
            plan.status = "CLOSED";
            plan.version++;
            plan.scheme.release(released, updatedAt);
        }
        plan.scheme.committedPence += committed;
        plan.scheme.spentPence += plan.spentPence;
        out.row(
                FUNDING_PLAN,
                plan.id,
                id,
                plan.scheme.id,
                plan.status,
                plan.approvedSessions,
                write(plan.shares),
                plan.funderPence,
                plan.patientPence,
                committed,
                plan.spentPence,
                released,
                plan.patientChargedPence,
                plan.incomeBand,
                plan.receivesBenefits,
                plan.justification,
                plan.decisionReason,
                plan.decidedBy,
                plan.decidedAt,
                plan.requestedBy,
                plan.createdAt,
                (long) plan.version);
    }

    private void writeReferral() {
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
        out.row(
                REFERRAL,
                id,
                Ids.uuid(random),
                (long) changes - 1,
                status.name(),
                practice.ods(),
                "Dr Synthetic " + practice.ods(),
                "G" + (1000000 + random.nextInt(9000000)),
                user(creatorRole),
                creatorRole,
                Ids.nhsNumber(random),
                GIVEN[random.nextInt(GIVEN.length)],
                "Synthetic",
                LocalDate.of(1935, 1, 1).plusDays(random.nextInt(365 * 70)),
                "ZZ99 " + (1 + random.nextInt(9)) + "ZZ",
                "07700 900" + String.format("%03d", random.nextInt(1000)),
                null,
                random.nextDouble() < 0.02 ? "Polish" : null,
                therapyKnown ? therapy : null,
                practitioner == null ? null : practitioner.id(),
                "Synthetic referral: " + conditionSummary,
                "Manage symptoms and stay active",
                null,
                random.nextDouble() < 0.08 ? "URGENT" : "ROUTINE",
                true,
                random.nextDouble() < 0.9,
                practitioner != null && delegationAccepted,
                statusReason,
                statusComment,
                sentAt,
                createdAt,
                updatedAt,
                missedRun,
                secondsToFirstSession,
                wasTriaged,
                wasAccepted,
                wasDeclined,
                wasStarted,
                attended,
                missed);
    }

    private void conditions() {
        List<String> texts = new ArrayList<>();
        int position = 0;
        for (int c = 0; c < 3; c++) {
            if (categories[c]) {
                String text = CONDITIONS[c][random.nextInt(CONDITIONS[c].length)];
                texts.add(text);
                out.row(REFERRAL_CONDITION, id, position++, text, null, CATEGORY[c]);
            }
        }
        conditionSummary = String.join(", ", texts);
    }

    // --- small helpers ---

    private String user(String role) {
        return switch (role) {
            case GP -> gpUser();
            case LINK_WORKER -> "synthetic-link-worker-" + practice.pcn();
            default -> practitioner.userId();
        };
    }

    private String organisation(String role) {
        return switch (role) {
            case GP -> practice.ods();
            case LINK_WORKER -> practice.pcn();
            default -> practitioner.id().toString();
        };
    }

    private String gpUser() {
        return "synthetic-gp-" + practice.ods();
    }

    private Means means(Scheme scheme) {
        if (scheme.route != SchemeRoute.SLIDING_SCALE) {
            return null;
        }
        if (random.nextDouble() < 0.3) {
            return new Means(true, null, null);
        }
        return new Means(false, 800_000L + random.nextInt(7_200_000), 1 + random.nextInt(5));
    }

    private int courseLength() {
        return switch (therapy) {
            case "MINDFULNESS" -> 8;
            case "YOGA", "TAI_CHI", "PILATES" -> 6 + random.nextInt(3);
            case "ACUPUNCTURE" -> 5 + random.nextInt(4);
            default -> 4 + random.nextInt(3);
        };
    }

    private Instant workingHour(Instant day) {
        LocalDate date = day.atZone(UK).toLocalDate();
        return date.atTime(9 + random.nextInt(9), 15 * random.nextInt(4)).atZone(UK).toInstant();
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds((long) (hours * 3600));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String join(List<Integer> answers) {
        StringBuilder joined = new StringBuilder();
        for (Integer answer : answers) {
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(answer);
        }
        return joined.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
