package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL_EVIDENCE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;

/**
 * A referral's route in and the evidence of its course: the Friends and Family Test answer, work
 * status at baseline and end, and the practice's GP-appointment counts (the after-course count only
 * once six months have passed). Drawn from a stream of its own, seeded by the referral's id, so the
 * rest of the history is the same as without it.
 */
final class EvidenceStory {
    private static final String[] ANSWERS = {
        "VERY_GOOD", "GOOD", "NEITHER_GOOD_NOR_POOR", "POOR", "VERY_POOR", "DONT_KNOW"
    };
    private static final double[] ANSWER_SHARES = {0.55, 0.25, 0.07, 0.04, 0.02, 0.07};
    private static final String[] WORK = {
        "EMPLOYED_WORKING", "OFF_SICK", "UNEMPLOYED", "RETIRED", "STUDENT", "OTHER"
    };
    private static final double[] WORK_SHARES = {0.38, 0.2, 0.1, 0.22, 0.05, 0.05};

    private final HistoryWriter out;
    private final Instant now;

    EvidenceStory(HistoryWriter out, Instant now) {
        this.out = out;
        this.now = now;
    }

    /** The route in: a GP's referral, or by a link worker from any route. */
    static ReferralSource source(StoryReferral referral) {
        if (referral.creatorRole != Role.LINK_WORKER) {
            return ReferralSource.GP_PRACTICE;
        }
        double roll = stream(referral, 1).nextDouble();
        if (roll < 0.55) {
            return ReferralSource.GP_PRACTICE;
        } else if (roll < 0.85) {
            return ReferralSource.SELF_REFERRAL;
        } else if (roll < 0.95) {
            return ReferralSource.OTHER_NHS_PROFESSIONAL;
        }
        return ReferralSource.VOLUNTARY_ORGANISATION;
    }

    static String referrerRole(ReferralSource source) {
        return switch (source) {
            case OTHER_NHS_PROFESSIONAL -> "Physiotherapist";
            case VOLUNTARY_ORGANISATION -> "Charity support worker";
            default -> null;
        };
    }

    /** The evidence row, when there is anything to keep. */
    void write(StoryReferral referral) {
        SplittableRandom random = stream(referral, 2);
        boolean ended =
                referral.status == ReferralStatus.COMPLETED
                        || referral.status == ReferralStatus.ENDED_EARLY;
        boolean treated = referral.wasStarted;
        Instant endedAt = ended ? referral.updatedAt : null;
        String experience =
                ended && treated && random.nextDouble() < 0.8
                        ? pick(random, ANSWERS, ANSWER_SHARES)
                        : null;
        String comment =
                experience != null && random.nextDouble() < 0.2 ? "Synthetic comment" : null;
        String baseline =
                referral.wasAccepted && random.nextDouble() < 0.85
                        ? pick(random, WORK, WORK_SHARES)
                        : null;
        String end =
                baseline != null && ended && treated && random.nextDouble() < 0.8
                        ? end(random, baseline)
                        : null;
        Integer before =
                referral.wasAccepted && random.nextDouble() < 0.7
                        ? (int)
                                Math.round(
                                        Math.max(
                                                0,
                                                Ids.normal(random, 3 + 6 * referral.severity, 2)))
                        : null;
        Integer after = null;
        if (before != null
                && endedAt != null
                && sixMonthsAfter(endedAt).isBefore(now)
                && random.nextDouble() < 0.75) {
            double factor = treated ? Ids.normal(random, 0.75, 0.25) : Ids.normal(random, 1, 0.2);
            after = (int) Math.round(Math.max(0, before * factor));
        }
        if (experience == null && baseline == null && before == null && endedAt == null) {
            return;
        }
        Instant updated = endedAt == null ? referral.updatedAt : endedAt;
        out.row(
                REFERRAL_EVIDENCE,
                referral.id,
                experience,
                comment,
                experience == null ? null : endedAt,
                baseline,
                end,
                before,
                after,
                endedAt,
                updated);
    }

    /** Off sick at baseline: some are back at work; others stay as they were. */
    private static String end(SplittableRandom random, String baseline) {
        if ("OFF_SICK".equals(baseline)) {
            return random.nextDouble() < 0.45 ? "EMPLOYED_WORKING" : "OFF_SICK";
        }
        return baseline;
    }

    private static Instant sixMonthsAfter(Instant at) {
        return at.atOffset(ZoneOffset.UTC).plusMonths(6).toInstant();
    }

    private static String pick(SplittableRandom random, String[] values, double[] shares) {
        double roll = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static SplittableRandom stream(StoryReferral referral, int purpose) {
        return new SplittableRandom(
                referral.id.getMostSignificantBits()
                        ^ referral.id.getLeastSignificantBits()
                        ^ purpose);
    }
}
