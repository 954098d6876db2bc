package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.FUNDER;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_SCHEME;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_SCHEME_COVERAGE;
import static org.socialprescribing.tools.StoryClock.UK;
import static org.socialprescribing.tools.SyntheticDirectory.THERAPY_WEIGHTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.socialprescribing.funding.money.SplitRule;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.funding.scheme.SplitDefinition;
import org.socialprescribing.funding.scheme.SplitDefinition.IncomeBandDefinition;
import org.socialprescribing.funding.scheme.SplitDefinition.ShareDefinition;
import org.socialprescribing.funding.scheme.SplitRules;

/**
 * The synthetic funding landscape: the ICBs, councils, public health, charities and patients who
 * pay, and their schemes, every route in every financial year, each keeping count of what its plans
 * hold against its budget as the history unfolds.
 */
final class SyntheticFunding {
    static final String SELF_FUNDER = "SPATIENT";

    record Funder(String code, String name, String type) {}

    record Release(Instant at, long pence) {}

    /** A funding scheme and, as the history unfolds, what its plans hold against its budget. */
    static final class Scheme {
        UUID id;
        String funder;
        String name;
        SchemeRoute route;
        long feePence;
        int maxSessions;
        LocalDate validFrom;
        LocalDate validTo;
        long budgetPence;
        boolean chargeDidNotAttend;
        SplitDefinition split;
        SplitRule rule;
        Set<String> therapies = new LinkedHashSet<>();
        Set<String> practices = new LinkedHashSet<>();
        Set<String> pcns = new LinkedHashSet<>();
        Set<String> icbs = new LinkedHashSet<>();

        /** What the plans hold against the budget (committed plus spent), as the API counts it. */
        long heldPence;

        /** Commitments that finished referrals give back, each at the time it happens. */
        final PriorityQueue<Release> releases =
                new PriorityQueue<>(Comparator.comparing(Release::at));

        /** When a commitment was first refused because the budget was spent; null if never. */
        Instant ranOutAt;

        long committedPence;
        long spentPence;
        double expectedPlans;

        /**
         * Holds a plan's cost if committed plus spent stays within the budget, as the API's
         * conditional update does, once the commitments given back before then are released.
         */
        boolean hold(long pence, Instant at) {
            while (!releases.isEmpty() && !releases.peek().at().isAfter(at)) {
                heldPence -= releases.poll().pence();
            }
            if (heldPence + pence > budgetPence) {
                if (ranOutAt == null) {
                    ranOutAt = at;
                }
                return false;
            }
            heldPence += pence;
            return true;
        }

        /** Gives back what a finished referral's plan no longer needs, from that moment on. */
        void release(long pence, Instant at) {
            if (pence > 0) {
                releases.add(new Release(at, pence));
            }
        }

        boolean covers(String therapy, SyntheticDirectory.Practice practice, LocalDate day) {
            return therapies.contains(therapy)
                    && (practices.contains(practice.ods())
                            || pcns.contains(practice.pcn())
                            || icbs.contains(practice.icb()))
                    && !day.isBefore(validFrom)
                    && !day.isAfter(validTo);
        }

        String splitJson(ObjectMapper json) {
            try {
                return json.writeValueAsString(split);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private SyntheticFunding() {}

    /** Every ICB, four councils, a public health partnership, three charities and the patients. */
    static List<Funder> funders(List<String> icbs) {
        List<Funder> funders = new ArrayList<>();
        for (String icb : icbs) {
            funders.add(
                    new Funder(icb, "Synthetic Integrated Care Board " + icb.substring(2), "ICB"));
        }
        for (int i = 1; i <= 4; i++) {
            funders.add(new Funder("SLA0" + i, "Synthetic County Council " + i, "LOCAL_AUTHORITY"));
        }
        funders.add(new Funder("SPH01", "Synthetic Public Health Partnership", "PUBLIC_HEALTH"));
        for (int i = 1; i <= 3; i++) {
            funders.add(new Funder("SCH0" + i, "Synthetic Wellbeing Trust " + i, "CHARITY"));
        }
        funders.add(new Funder(SELF_FUNDER, "Patients paying for themselves", "PATIENT"));
        return funders;
    }

    /** One financial year's schemes (April to March): every route appears every year. */
    static List<Scheme> schemesFor(SplittableRandom random, List<String> icbs, int year) {
        Year schemes = new Year(random, year);
        for (String icb : icbs) {
            schemes.ofIcb(icb);
        }
        for (int i = 1; i <= 4; i++) {
            schemes.ofCouncil(i, icbs);
        }
        Scheme publicHealth = schemes.add("SPH01", SchemeRoute.COMMISSIONED);
        publicHealth.therapies.addAll(List.of("MINDFULNESS", "TAI_CHI", "MEDITATION"));
        publicHealth.icbs.addAll(icbs.subList(0, 3));
        for (int i = 1; i <= 3; i++) {
            schemes.ofCharity(i);
        }
        Scheme self = schemes.add(SELF_FUNDER, SchemeRoute.SELF_FUNDED);
        self.therapies.addAll(THERAPY_WEIGHTS.keySet());
        self.icbs.addAll(icbs);
        schemes.added.forEach(s -> s.rule = SplitRules.of(s.route, s.funder, s.split));
        return schemes.added;
    }

    /** The schemes of one financial year, in the order they are drawn. */
    private static final class Year {
        final SplittableRandom random;
        final LocalDate from;
        final LocalDate to;
        final String label;
        final List<Scheme> added = new ArrayList<>();

        Year(SplittableRandom random, int year) {
            this.random = random;
            from = LocalDate.of(year, 4, 1);
            to = LocalDate.of(year + 1, 3, 31);
            label = year + "/" + String.format("%02d", (year + 1) % 100);
        }

        void ofIcb(String icb) {
            Scheme commissioned = add(icb, SchemeRoute.COMMISSIONED);
            commissioned.therapies.addAll(
                    List.of("ACUPUNCTURE", "OSTEOPATHY", "YOGA", "MINDFULNESS", "TAI_CHI"));
            commissioned.icbs.add(icb);
            Scheme prior = add(icb, SchemeRoute.PRIOR_APPROVAL);
            prior.therapies.addAll(
                    List.of(
                            "CHIROPRACTIC",
                            "MASSAGE",
                            "HYPNOTHERAPY",
                            "ALEXANDER_TECHNIQUE",
                            "PILATES",
                            "ACUPUNCTURE"));
            prior.icbs.add(icb);
            Scheme phb = add(icb, SchemeRoute.PERSONAL_HEALTH_BUDGET);
            phb.therapies.addAll(THERAPY_WEIGHTS.keySet());
            phb.icbs.add(icb);
        }

        /** Council i's sliding scale in two ICBs, and its split with a third ICB. */
        void ofCouncil(int i, List<String> icbs) {
            String council = "SLA0" + i;
            Scheme sliding = add(council, SchemeRoute.SLIDING_SCALE);
            sliding.therapies.addAll(
                    List.of("YOGA", "TAI_CHI", "PILATES", "MINDFULNESS", "MEDITATION"));
            sliding.icbs.addAll(List.of(icbs.get(i - 1), icbs.get(i + 3)));
            Scheme split = add(council, SchemeRoute.SPLIT);
            split.split = thirds(council, icbs.get(i + 5));
            split.therapies.addAll(List.of("ACUPUNCTURE", "OSTEOPATHY", "MASSAGE", "YOGA"));
            split.icbs.add(icbs.get(i + 5));
        }

        /** Charity i's grant (a fixed sum, or a share for the second) in twelve networks. */
        void ofCharity(int i) {
            Scheme grant = add("SCH0" + i, SchemeRoute.CHARITY_GRANT);
            grant.split =
                    i == 2
                            ? new SplitDefinition(null, 7500, null, null, null)
                            : new SplitDefinition(1000L + 500L * i, null, null, null, null);
            grant.therapies.addAll(
                    List.of(
                            "MASSAGE",
                            "REFLEXOLOGY",
                            "REIKI",
                            "MEDITATION",
                            "HYPNOTHERAPY",
                            "NUTRITIONAL_THERAPY",
                            "HERBAL_MEDICINE"));
            for (int p = 0; p < 12; p++) {
                grant.pcns.add(String.format("SU%04d", 1 + (i * 17 + p * 5) % 60));
            }
        }

        Scheme add(String funder, SchemeRoute route) {
            Scheme scheme = new Scheme();
            scheme.id = Ids.uuid(random);
            scheme.funder = funder;
            scheme.route = route;
            scheme.name = "Synthetic " + route.name().toLowerCase().replace('_', ' ') + " " + label;
            scheme.feePence =
                    route == SchemeRoute.SLIDING_SCALE ? 2500 : 2800 + 100 * random.nextInt(13);
            scheme.maxSessions =
                    route == SchemeRoute.PERSONAL_HEALTH_BUDGET ? 10 : 6 + random.nextInt(3);
            scheme.validFrom = from;
            scheme.validTo = to;
            scheme.chargeDidNotAttend = random.nextDouble() < 0.4;
            scheme.split =
                    route == SchemeRoute.SLIDING_SCALE
                            ? bands()
                            : new SplitDefinition(null, null, null, null, null);
            added.add(scheme);
            return scheme;
        }
    }

    /** The funders and their schemes, each with what it covers. */
    static void write(List<Funder> funders, List<Scheme> schemes, HistoryWriter out) {
        for (Funder f : funders) {
            out.row(FUNDER, f.code(), f.name(), f.type());
        }
        ObjectMapper json = new ObjectMapper();
        for (Scheme s : schemes) {
            out.row(
                    FUNDING_SCHEME,
                    s.id,
                    s.funder,
                    s.name,
                    s.route.name(),
                    s.feePence,
                    s.maxSessions,
                    s.validFrom,
                    s.validTo,
                    s.budgetPence,
                    0L,
                    0L,
                    s.chargeDidNotAttend,
                    s.splitJson(json),
                    s.validFrom.minusMonths(1).atStartOfDay(UK).toInstant());
            coverage(out, s, "THERAPY", s.therapies);
            coverage(out, s, "PRACTICE", s.practices);
            coverage(out, s, "PCN", s.pcns);
            coverage(out, s, "ICB", s.icbs);
        }
    }

    private static void coverage(HistoryWriter out, Scheme scheme, String kind, Set<String> codes) {
        for (String code : codes) {
            out.row(FUNDING_SCHEME_COVERAGE, scheme.id, kind, code);
        }
    }

    private static SplitDefinition bands() {
        return new SplitDefinition(
                null,
                null,
                List.of(
                        new IncomeBandDefinition("LOW", 1_500_000L, 500L),
                        new IncomeBandDefinition("MIDDLE", 3_000_000L, 1200L),
                        new IncomeBandDefinition("HIGHER", null, 2000L)),
                null,
                null);
    }

    /** Council, NHS and patient a third each, as one practitioner described (DOMAIN.md). */
    private static SplitDefinition thirds(String council, String icb) {
        return new SplitDefinition(
                null,
                null,
                null,
                List.of(
                        new ShareDefinition(council, 3333),
                        new ShareDefinition(icb, 3333),
                        new ShareDefinition(SplitDefinition.PATIENT, 3334)),
                SplitDefinition.PATIENT);
    }
}
