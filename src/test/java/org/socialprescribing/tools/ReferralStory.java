package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL_CONDITION;
import static org.socialprescribing.tools.StoryClock.hours;
import static org.socialprescribing.tools.StoryClock.later;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.referral.domain.DeclineReason;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralStatus;

/**
 * One referral's life, told the way the API would have recorded it: every status change is an event
 * taken from the lifecycle table (see {@link ReferralEvents}); sessions only once accepted;
 * treatment starts with the first attended session; funding commits the funders' share and charges
 * follow attendance. Whatever would happen after the cut-off ("now") is not told, so recent
 * referrals are naturally still open.
 */
final class ReferralStory {
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
    private static final double[] DECLINE_WEIGHTS =
            SyntheticDirectory.cumulative(new double[] {30, 15, 5, 8, 12, 15, 10, 5});

    private final SyntheticDirectory directory;
    private final HistoryWriter out;
    private final Instant now;
    private final ReferralEvents events;
    private final FundingStory funding;
    private final OutcomeStory outcomes;
    private final CourseStory course;
    private final EvidenceStory evidence;

    ReferralStory(SyntheticDirectory directory, HistoryWriter out, Instant now) {
        this.directory = directory;
        this.out = out;
        this.now = now;
        events = new ReferralEvents(out, now);
        funding = new FundingStory(directory, out, now);
        outcomes = new OutcomeStory(out);
        course = new CourseStory(out, now, events, funding, outcomes);
        evidence = new EvidenceStory(out, now);
    }

    /** Tells the whole story of one referral created at the given moment. */
    void tell(SplittableRandom random, Instant created) {
        StoryReferral referral = new StoryReferral(random, directory, created);
        conditions(referral);
        if (referred(referral) && responded(referral)) {
            treat(referral, referral.updatedAt);
        }
        course.write(referral);
        outcomes.writeChanges(referral);
        funding.write(referral);
        referral.write(out);
        evidence.write(referral);
    }

    /** Which kinds of condition a referral is for: MSK, mental health, other. */
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

    private void conditions(StoryReferral referral) {
        List<String> texts = new ArrayList<>();
        int position = 0;
        for (int c = 0; c < 3; c++) {
            if (referral.categories[c]) {
                String text = CONDITIONS[c][referral.random.nextInt(CONDITIONS[c].length)];
                texts.add(text);
                out.row(REFERRAL_CONDITION, referral.id, position++, text, null, CATEGORY[c]);
            }
        }
        referral.conditionSummary = String.join(", ", texts);
    }

    // --- referral and triage ---

    /** Created straight to a practitioner, or to the link workers for triage first. */
    private boolean referred(StoryReferral referral) {
        SplittableRandom random = referral.random;
        if (random.nextDouble() >= 0.3) {
            referral.creatorRole = Role.GP;
            referral.therapyKnown = true;
            assignPractitioner(referral, null);
            referral.sentAt = referral.createdAt;
            events.create(referral, ReferralStatus.SENT, Role.GP);
            return true;
        }
        boolean named = random.nextBoolean();
        referral.creatorRole = random.nextDouble() < 0.3 ? Role.LINK_WORKER : Role.GP;
        referral.therapyKnown = named;
        events.create(referral, ReferralStatus.AWAITING_TRIAGE, referral.creatorRole);
        Instant triaged =
                referral.createdAt.plus(hours(24 + 24 * StoryClock.exponential(random, 3)));
        if (random.nextDouble() < 0.03) {
            events.cancel(referral, triaged, "Patient no longer wishes to be referred");
            return false;
        }
        return assign(referral, triaged, null);
    }

    /** A link worker sends the referral to a practitioner (another one after a decline). */
    private boolean assign(StoryReferral referral, Instant at, UUID previous) {
        if (at.isAfter(now)) {
            return false;
        }
        assignPractitioner(referral, previous);
        referral.therapyKnown = true;
        referral.sentAt = at;
        return events.byReferrer(referral, at, ReferralAction.ASSIGN, Role.LINK_WORKER, null);
    }

    private void assignPractitioner(StoryReferral referral, UUID previous) {
        referral.practitioner =
                directory.practitioner(
                        referral.random, referral.therapy, referral.practice.icb(), previous);
        referral.delegationAccepted =
                !referral.practitioner.regulated() || referral.random.nextDouble() < 0.1;
    }

    /**
     * The practitioner accepts or declines; a declined referral may be sent to another. True once
     * accepted.
     */
    private boolean responded(StoryReferral referral) {
        for (int attempt = 0; ; attempt++) {
            Boolean answer = answered(referral);
            if (answer != null) {
                return answer;
            }
            if (!declinedThenSentOn(referral, attempt)) {
                return false;
            }
        }
    }

    /** Accepted (true), or cancelled or not yet answered (false); null once declined. */
    private Boolean answered(StoryReferral referral) {
        SplittableRandom random = referral.random;
        Instant sent = referral.sentAt;
        Instant at = sent.plus(hours(Math.exp(Ids.normal(random, Math.log(30), 1.0))));
        if (random.nextDouble() < 0.02) {
            events.cancel(
                    referral, sent.plus(hours(1 + 48 * random.nextDouble())), "Referred elsewhere");
            return false;
        }
        long seconds = Duration.between(sent, at).toSeconds();
        if (random.nextDouble() < 0.82) {
            return events.byPerformer(referral, at, ReferralAction.ACCEPT, null, null, seconds);
        }
        String reason =
                DeclineReason.values()[SyntheticDirectory.pick(DECLINE_WEIGHTS, random)].name();
        if (!events.byPerformer(referral, at, ReferralAction.DECLINE, reason, null, seconds)) {
            return false;
        }
        return null;
    }

    /** After a decline: sent to another practitioner (true), or left or cancelled (false). */
    private boolean declinedThenSentOn(StoryReferral referral, int attempt) {
        SplittableRandom random = referral.random;
        Instant next = referral.updatedAt.plus(hours(24 * (1 + 4 * random.nextDouble())));
        if (attempt < 2 && random.nextDouble() < 0.45) {
            return assign(referral, next, referral.practitioner.id());
        }
        if (random.nextDouble() < 0.15) {
            events.cancel(referral, next, "No suitable service found");
        }
        return false;
    }

    // --- funding and treatment ---

    /** Funding sought (most of the time) and decided, then the course of sessions. */
    private void treat(StoryReferral referral, Instant accepted) {
        SplittableRandom random = referral.random;
        Instant firstPossible = accepted.plus(hours(24 * (7 + 14 * random.nextDouble())));
        if (random.nextDouble() < 0.7) {
            Instant funded = accepted.plus(hours(48 * random.nextDouble()));
            if (funded.isAfter(now)) {
                return;
            }
            funding.fund(referral, funded);
            if (referral.plan != null && referral.plan.pending()) {
                Instant decided =
                        referral.plan.createdAt.plus(hours(24 * (2 + 12 * random.nextDouble())));
                if (decided.isAfter(now) || !funding.decide(referral, events, decided)) {
                    return;
                }
                firstPossible =
                        later(
                                firstPossible,
                                decided.plus(hours(24 * (3 + 4 * random.nextDouble()))));
            }
        }
        if (random.nextDouble() < 0.03) {
            events.cancel(
                    referral,
                    accepted.plus(hours(24 * (3 + 17 * random.nextDouble()))),
                    "Patient moved away");
            return;
        }
        course.run(referral, firstPossible);
    }
}
