package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.CHARGE_LINE;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_PLAN;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_PLAN_FUNDER_SHARE;
import static org.socialprescribing.tools.StoryClock.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.socialprescribing.funding.money.IncomeBand;
import org.socialprescribing.funding.money.Means;
import org.socialprescribing.funding.money.SessionSplit;
import org.socialprescribing.funding.money.SlidingScale;
import org.socialprescribing.funding.money.Splits;
import org.socialprescribing.funding.plan.FundingApi.ShareView;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.funding.scheme.SplitRules;
import org.socialprescribing.tools.SyntheticDirectory.Practice;
import org.socialprescribing.tools.SyntheticFunding.Scheme;
import org.socialprescribing.treatment.session.Attendance;

/**
 * A referral's funding, told as the API would record it: the plan under a scheme the referral
 * qualifies for, priced by the API's own split; the commissioner's decision where the route needs
 * one; charge lines as sessions are recorded; and the plan as it stands at the end. Every plan is
 * booked, as plans made before per-payer books were, in one share: the scheme's own funder's, held
 * against the scheme's budget (so a SPLIT's co-funders show nothing committed or spent).
 */
final class FundingStory {
    private final SyntheticDirectory directory;
    private final HistoryWriter out;
    private final Instant now;

    /** A referral's funding plan under one scheme. */
    static final class Plan {
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
        Instant approvedAt;
        String requestedBy;
        Instant createdAt;
        int version;

        boolean pending() {
            return "PENDING_APPROVAL".equals(status);
        }
    }

    FundingStory(SyntheticDirectory directory, HistoryWriter out, Instant now) {
        this.directory = directory;
        this.out = out;
        this.now = now;
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

    /**
     * The GP asks for funding: a plan waiting for approval, or approved at once if the budget holds
     * it; no plan if no scheme covers the referral or the budget refuses it.
     */
    void fund(StoryReferral referral, Instant at) {
        SplittableRandom random = referral.random;
        Scheme scheme =
                chooseScheme(
                        directory, random, referral.therapy, referral.practice, StoryClock.day(at));
        if (scheme == null) {
            return;
        }
        Plan candidate = priced(referral, scheme, at);
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
            referral.plan = candidate;
        } else if (commit(candidate, at)) {
            candidate.status = "APPROVED";
            candidate.approvedAt = candidate.createdAt;
            referral.plan = candidate;
        }
    }

    /** A plan under the scheme, split between the payers by the API's own arithmetic. */
    private static Plan priced(StoryReferral referral, Scheme scheme, Instant at) {
        Plan candidate = new Plan();
        candidate.id = Ids.uuid(referral.random);
        candidate.scheme = scheme;
        candidate.createdAt = at;
        candidate.requestedBy = referral.gpUser();
        Means means = means(referral.random, scheme);
        SessionSplit split = Splits.split(scheme.feePence, scheme.rule, means);
        if (scheme.route == SchemeRoute.SLIDING_SCALE) {
            candidate.receivesBenefits = means.receivesMeansTestedBenefits();
            candidate.incomeBand =
                    Splits.band(((SlidingScale) scheme.rule).bands(), means)
                            .map(IncomeBand::code)
                            .orElse(null);
        }
        candidate.shares =
                split.shares().stream()
                        .map(s -> new ShareView(SplitRules.code(s.payer()), s.pence()))
                        .toList();
        candidate.funderPence = split.fundersPence();
        candidate.patientPence = split.patientPence();
        candidate.approvedSessions = Math.min(referral.courseLength(), scheme.maxSessions);
        return candidate;
    }

    private static Means means(SplittableRandom random, Scheme scheme) {
        if (scheme.route != SchemeRoute.SLIDING_SCALE) {
            return null;
        }
        if (random.nextDouble() < 0.3) {
            return new Means(true, null, null);
        }
        return new Means(false, 800_000L + random.nextInt(7_200_000), 1 + random.nextInt(5));
    }

    /**
     * Holds the plan's full cost against the budget, as the API's conditional update does: refused
     * once committed plus spent would pass the budget, so the referral goes on unfunded.
     */
    private static boolean commit(Plan candidate, Instant at) {
        return candidate.scheme.hold(candidate.funderPence * candidate.approvedSessions, at);
    }

    /**
     * The commissioner decides a prior-approval request. True if the referral goes on (funded or
     * not); false if it is cancelled for want of funding.
     */
    boolean decide(StoryReferral referral, ReferralEvents events, Instant at) {
        SplittableRandom random = referral.random;
        Plan plan = referral.plan;
        plan.decidedAt = at;
        plan.decidedBy = "synthetic-commissioner-" + plan.scheme.funder;
        plan.version++;
        if (random.nextDouble() < 0.85 && commit(plan, at)) {
            plan.status = "APPROVED";
            plan.approvedAt = at;
            return true;
        }
        plan.status = "DECLINED";
        plan.decisionReason =
                "Does not meet the panel's criteria, or the budget is spent (synthetic)";
        if (random.nextBoolean()) {
            events.cancel(
                    referral,
                    at.plus(hours(24 * (3 + 7 * random.nextDouble()))),
                    "Funding was not approved");
            return false;
        }
        return true;
    }

    /**
     * Charge lines for a session the plan pays for, one per payer, as ChargeService writes them.
     */
    void charge(StoryReferral referral, StoryReferral.Session session) {
        Plan plan = referral.plan;
        if (!referral.hasApprovedPlan()) {
            return;
        }
        boolean chargeable =
                session.attendance == Attendance.ATTENDED
                        || (session.attendance == Attendance.DID_NOT_ATTEND
                                && plan.scheme.chargeDidNotAttend);
        if (!chargeable) {
            return;
        }
        SplittableRandom random = referral.random;
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
                    referral.id,
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

    /** The plan as it stands now: a finished referral's plan is closed and its rest released. */
    void write(StoryReferral referral) {
        Plan plan = referral.plan;
        if (plan == null) {
            return;
        }
        long committed = 0;
        long released = 0;
        if ("APPROVED".equals(plan.status)) {
            committed = plan.funderPence * plan.approvedSessions - plan.spentPence;
        }
        if (referral.status.isFinished() && ("APPROVED".equals(plan.status) || plan.pending())) {
            released = committed;
            committed = 0;
            plan.status = "CLOSED";
            plan.version++;
            plan.scheme.release(released, referral.updatedAt);
        }
        plan.scheme.committedPence += committed;
        plan.scheme.spentPence += plan.spentPence;
        out.row(
                FUNDING_PLAN,
                plan.id,
                referral.id,
                plan.scheme.id,
                plan.status,
                plan.approvedSessions,
                out.json(plan.shares),
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
                plan.approvedAt,
                plan.requestedBy,
                plan.createdAt,
                (long) plan.version);
        out.row(
                FUNDING_PLAN_FUNDER_SHARE,
                plan.id,
                plan.scheme.funder,
                plan.funderPence,
                committed,
                plan.spentPence,
                released);
    }
}
