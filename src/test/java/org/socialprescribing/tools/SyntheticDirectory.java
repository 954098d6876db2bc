package org.socialprescribing.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * The synthetic directory and funding landscape the referrals happen in: ICBs, networks, practices,
 * practitioners and funders with their schemes. Every code starts with 'S' so that none clashes
 * with the demo data (A81001, B82002, U00001, U00002, QHM) or a real ODS code in use.
 */
final class SyntheticDirectory {
    static final int ICBS = 10;
    static final int PCNS_PER_ICB = 6;
    static final int PRACTICES_PER_PCN = 5;
    static final int PRACTITIONERS = 600;
    static final String SELF_FUNDER = "SPATIENT";

    /**
     * The catalogue's therapies (V2 migration) with how often GPs send each for MSK, mental-health
     * and other conditions. Exercise- and self-care-based therapies lead (DOMAIN.md); homeopathy
     * and reiki are rare.
     */
    static final Map<String, double[]> THERAPY_WEIGHTS = new LinkedHashMap<>();

    static {
        THERAPY_WEIGHTS.put("YOGA", new double[] {10, 8, 3});
        THERAPY_WEIGHTS.put("ACUPUNCTURE", new double[] {12, 3, 3});
        THERAPY_WEIGHTS.put("MINDFULNESS", new double[] {2, 16, 3});
        THERAPY_WEIGHTS.put("OSTEOPATHY", new double[] {12, 0, 1});
        THERAPY_WEIGHTS.put("MASSAGE", new double[] {7, 4, 2});
        THERAPY_WEIGHTS.put("TAI_CHI", new double[] {6, 3, 3});
        THERAPY_WEIGHTS.put("PILATES", new double[] {8, 1, 1});
        THERAPY_WEIGHTS.put("CHIROPRACTIC", new double[] {5, 0, 0.5});
        THERAPY_WEIGHTS.put("ALEXANDER_TECHNIQUE", new double[] {3, 0, 0.5});
        THERAPY_WEIGHTS.put("HYPNOTHERAPY", new double[] {0.5, 4, 3});
        THERAPY_WEIGHTS.put("REFLEXOLOGY", new double[] {1, 3, 1});
        THERAPY_WEIGHTS.put("MEDITATION", new double[] {0.5, 5, 1});
        THERAPY_WEIGHTS.put("NUTRITIONAL_THERAPY", new double[] {0.5, 1, 3});
        THERAPY_WEIGHTS.put("HERBAL_MEDICINE", new double[] {0.3, 0.5, 1});
        THERAPY_WEIGHTS.put("HOMEOPATHY", new double[] {0.2, 0.3, 0.5});
        THERAPY_WEIGHTS.put("REIKI", new double[] {0.2, 1, 0.5});
    }

    /** The registers of the V2 catalogue; a therapy without one is registered with OTHER. */
    private static final Map<String, List<String>> REGISTERS =
            Map.ofEntries(
                    Map.entry("ACUPUNCTURE", List.of("BAC", "BAC", "HCPC", "GMC", "NMC")),
                    Map.entry("OSTEOPATHY", List.of("GOSC")),
                    Map.entry("CHIROPRACTIC", List.of("GCC")),
                    Map.entry("MASSAGE", List.of("CNHC", "FHT")),
                    Map.entry("REFLEXOLOGY", List.of("CNHC", "FHT")),
                    Map.entry("YOGA", List.of("CNHC")),
                    Map.entry("HYPNOTHERAPY", List.of("CNHC")),
                    Map.entry("ALEXANDER_TECHNIQUE", List.of("CNHC")),
                    Map.entry("NUTRITIONAL_THERAPY", List.of("CNHC")),
                    Map.entry("REIKI", List.of("CNHC")),
                    Map.entry("MINDFULNESS", List.of("BACP", "UKCP")));

    private static final List<String> STATUTORY = List.of("GOSC", "GCC", "HCPC", "GMC", "NMC");

    record Practice(String ods, String name, String pcn, String icb, double weight) {}

    record Registration(
            UUID id, String register, String number, LocalDate expiresOn, LocalDate verifiedOn) {}

    record Practitioner(
            UUID id,
            int number,
            String icb,
            List<String> therapies,
            List<Registration> registrations,
            boolean accepting,
            boolean regulated) {
        String userId() {
            return "synthetic-practitioner-" + number;
        }
    }

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

        boolean covers(String therapy, Practice practice, LocalDate day) {
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

    final List<String> icbs = new ArrayList<>();
    final Map<String, List<String>> pcnsByIcb = new LinkedHashMap<>();
    final List<Practice> practices = new ArrayList<>();
    final List<Practitioner> practitioners = new ArrayList<>();
    final List<Funder> funders = new ArrayList<>();
    final List<Scheme> schemes = new ArrayList<>();
    private final Map<String, Map<String, List<Practitioner>>> byIcbAndTherapy = new HashMap<>();
    private final Map<String, List<Practitioner>> byTherapy = new HashMap<>();
    private final double[] practiceCumulative;

    SyntheticDirectory(SplittableRandom random, LocalDate from, LocalDate until) {
        areas(random);
        practiceCumulative = cumulative(practices.stream().mapToDouble(Practice::weight).toArray());
        for (int i = 0; i < PRACTITIONERS; i++) {
            practitioner(random, i);
        }
        funders();
        for (int year = financialYear(from); year <= financialYear(until); year++) {
            schemesFor(random, year);
        }
    }

    Practice practice(SplittableRandom random) {
        return practices.get(pick(practiceCumulative, random));
    }

    /** An accepting practitioner of the therapy near the practice, else anywhere. */
    Practitioner practitioner(SplittableRandom random, String therapy, String icb, UUID not) {
        List<Practitioner> local =
                byIcbAndTherapy.getOrDefault(icb, Map.of()).getOrDefault(therapy, List.of());
        List<Practitioner> candidates =
                local.size() > 1 || (local.size() == 1 && !local.get(0).id().equals(not))
                        ? local
                        : byTherapy.get(therapy);
        for (int attempt = 0; attempt < 5; attempt++) {
            Practitioner chosen = candidates.get(random.nextInt(candidates.size()));
            if (!chosen.id().equals(not) || candidates.size() == 1) {
                return chosen;
            }
        }
        return candidates.get(0);
    }

    private void areas(SplittableRandom random) {
        int pcn = 0;
        int practice = 0;
        for (int i = 1; i <= ICBS; i++) {
            String icb = String.format("SQ%02d", i);
            icbs.add(icb);
            List<String> pcns = new ArrayList<>();
            for (int j = 0; j < PCNS_PER_ICB; j++) {
                String pcnCode = String.format("SU%04d", ++pcn);
                pcns.add(pcnCode);
                for (int k = 0; k < PRACTICES_PER_PCN; k++) {
                    practice++;
                    // List sizes vary about fourfold between small and large practices.
                    practices.add(
                            new Practice(
                                    String.format("S%05d", practice),
                                    "Synthetic Surgery " + practice,
                                    pcnCode,
                                    icb,
                                    0.5 + 1.5 * random.nextDouble()));
                }
            }
            pcnsByIcb.put(icb, pcns);
        }
    }

    private void practitioner(SplittableRandom random, int i) {
        List<String> therapies = new ArrayList<>();
        List<String> all = new ArrayList<>(THERAPY_WEIGHTS.keySet());
        // The first practitioners cover every therapy once, so none is without a practitioner.
        therapies.add(i < all.size() ? all.get(i) : weightedTherapy(random, null));
        if (random.nextDouble() < 0.3) {
            String second = weightedTherapy(random, null);
            if (!therapies.contains(second)) {
                therapies.add(second);
            }
        }
        List<Registration> registrations = new ArrayList<>();
        for (String therapy : therapies) {
            registrations.add(registration(random, therapy));
        }
        LocalDate today = LocalDate.now();
        boolean regulated =
                registrations.stream()
                        .anyMatch(
                                r ->
                                        !r.register().equals("OTHER")
                                                && r.verifiedOn() != null
                                                && !r.expiresOn().isBefore(today));
        Practitioner practitioner =
                new Practitioner(
                        Ids.uuid(random),
                        i + 1,
                        icbs.get(i % ICBS),
                        List.copyOf(therapies),
                        registrations,
                        random.nextDouble() < 0.95 || i < all.size(),
                        regulated);
        practitioners.add(practitioner);
        if (practitioner.accepting()) {
            for (String therapy : therapies) {
                byIcbAndTherapy
                        .computeIfAbsent(practitioner.icb(), k -> new HashMap<>())
                        .computeIfAbsent(therapy, k -> new ArrayList<>())
                        .add(practitioner);
                byTherapy.computeIfAbsent(therapy, k -> new ArrayList<>()).add(practitioner);
            }
        }
    }

    /** Mostly current and verified; some lapsed, some never checked (a mix the directory shows). */
    private static Registration registration(SplittableRandom random, String therapy) {
        List<String> registers = REGISTERS.getOrDefault(therapy, List.of("OTHER"));
        String register = registers.get(random.nextInt(registers.size()));
        double roll = random.nextDouble();
        boolean statutory = STATUTORY.contains(register);
        LocalDate expires =
                roll < 0.12 && !statutory
                        ? LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900))
                        : LocalDate.of(2027, 1, 1).plusDays(random.nextInt(700));
        LocalDate verified =
                roll > 0.93 && !statutory
                        ? null
                        : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1200));
        return new Registration(
                Ids.uuid(random),
                register,
                "SYN" + (100000 + random.nextInt(900000)),
                expires,
                verified);
    }

    /** A therapy weighted for the condition categories (indices into the weight arrays). */
    static String weightedTherapy(SplittableRandom random, boolean[] categories) {
        double total = 0;
        double[] weights = new double[THERAPY_WEIGHTS.size()];
        int i = 0;
        for (double[] byCategory : THERAPY_WEIGHTS.values()) {
            for (int c = 0; c < 3; c++) {
                if (categories == null || categories[c]) {
                    weights[i] += byCategory[c];
                }
            }
            total += weights[i++];
        }
        double roll = random.nextDouble() * total;
        i = 0;
        for (String therapy : THERAPY_WEIGHTS.keySet()) {
            roll -= weights[i++];
            if (roll < 0) {
                return therapy;
            }
        }
        return "YOGA";
    }

    private void funders() {
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
    }

    /** One financial year's schemes (April to March): every route appears every year. */
    private void schemesFor(SplittableRandom random, int year) {
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = LocalDate.of(year + 1, 3, 31);
        String label = year + "/" + String.format("%02d", (year + 1) % 100);
        for (int i = 0; i < icbs.size(); i++) {
            String icb = icbs.get(i);
            Scheme commissioned = scheme(random, icb, SchemeRoute.COMMISSIONED, from, to, label);
            commissioned.therapies.addAll(
                    List.of("ACUPUNCTURE", "OSTEOPATHY", "YOGA", "MINDFULNESS", "TAI_CHI"));
            commissioned.icbs.add(icb);
            Scheme prior = scheme(random, icb, SchemeRoute.PRIOR_APPROVAL, from, to, label);
            prior.therapies.addAll(
                    List.of(
                            "CHIROPRACTIC",
                            "MASSAGE",
                            "HYPNOTHERAPY",
                            "ALEXANDER_TECHNIQUE",
                            "PILATES",
                            "ACUPUNCTURE"));
            prior.icbs.add(icb);
            Scheme phb = scheme(random, icb, SchemeRoute.PERSONAL_HEALTH_BUDGET, from, to, label);
            phb.therapies.addAll(THERAPY_WEIGHTS.keySet());
            phb.icbs.add(icb);
        }
        for (int i = 1; i <= 4; i++) {
            Scheme sliding = scheme(random, "SLA0" + i, SchemeRoute.SLIDING_SCALE, from, to, label);
            sliding.therapies.addAll(
                    List.of("YOGA", "TAI_CHI", "PILATES", "MINDFULNESS", "MEDITATION"));
            sliding.icbs.addAll(List.of(icbs.get(i - 1), icbs.get(i + 3)));
            Scheme split = scheme(random, "SLA0" + i, SchemeRoute.SPLIT, from, to, label);
            split.split = thirds("SLA0" + i, icbs.get(i + 5));
            split.therapies.addAll(List.of("ACUPUNCTURE", "OSTEOPATHY", "MASSAGE", "YOGA"));
            split.icbs.add(icbs.get(i + 5));
        }
        Scheme publicHealth = scheme(random, "SPH01", SchemeRoute.COMMISSIONED, from, to, label);
        publicHealth.therapies.addAll(List.of("MINDFULNESS", "TAI_CHI", "MEDITATION"));
        publicHealth.icbs.addAll(icbs.subList(0, 3));
        for (int i = 1; i <= 3; i++) {
            Scheme grant = scheme(random, "SCH0" + i, SchemeRoute.CHARITY_GRANT, from, to, label);
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
        Scheme self = scheme(random, SELF_FUNDER, SchemeRoute.SELF_FUNDED, from, to, label);
        self.therapies.addAll(THERAPY_WEIGHTS.keySet());
        self.icbs.addAll(icbs);
        schemes.forEach(s -> s.rule = SplitRules.of(s.route, s.funder, s.split));
    }

    private Scheme scheme(
            SplittableRandom random,
            String funder,
            SchemeRoute route,
            LocalDate from,
            LocalDate to,
            String label) {
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
        schemes.add(scheme);
        return scheme;
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

    static int financialYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        return cumulative;
    }

    static int pick(double[] cumulative, SplittableRandom random) {
        double roll = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] <= roll) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
