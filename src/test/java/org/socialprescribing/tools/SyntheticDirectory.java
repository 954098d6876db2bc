package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.PRACTICE;
import static org.socialprescribing.tools.HistoryWriter.Table.PRACTITIONER;
import static org.socialprescribing.tools.HistoryWriter.Table.PRACTITIONER_THERAPY;
import static org.socialprescribing.tools.HistoryWriter.Table.REGISTRATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic directory and funding landscape the referrals happen in: ICBs, networks, practices,
 * practitioners, and funders with their schemes ({@link SyntheticFunding}). Every code starts with
 * 'S' so that none clashes with the demo data (A81001, B82002, U00001, U00002, QHM) or a real ODS
 * code in use.
 */
final class SyntheticDirectory {
    static final int ICBS = 10;
    static final int PCNS_PER_ICB = 6;
    static final int PRACTICES_PER_PCN = 5;
    static final int PRACTITIONERS = 600;

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

    final List<String> icbs = new ArrayList<>();
    final Map<String, List<String>> pcnsByIcb = new LinkedHashMap<>();
    final List<Practice> practices = new ArrayList<>();
    final List<Practitioner> practitioners = new ArrayList<>();
    final List<SyntheticFunding.Funder> funders;
    final List<SyntheticFunding.Scheme> schemes = new ArrayList<>();
    private final Map<String, Map<String, List<Practitioner>>> byIcbAndTherapy = new HashMap<>();
    private final Map<String, List<Practitioner>> byTherapy = new HashMap<>();
    private final double[] practiceCumulative;

    SyntheticDirectory(SplittableRandom random, LocalDate from, LocalDate until) {
        areas(random);
        practiceCumulative = cumulative(practices.stream().mapToDouble(Practice::weight).toArray());
        for (int i = 0; i < PRACTITIONERS; i++) {
            practitioner(random, i);
        }
        funders = SyntheticFunding.funders(icbs);
        for (int year = financialYear(from); year <= financialYear(until); year++) {
            schemes.addAll(SyntheticFunding.schemesFor(random, icbs, year));
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

    /** The practices and practitioners, with their therapies and registrations. */
    void write(HistoryWriter out) {
        for (Practice p : practices) {
            out.row(
                    PRACTICE,
                    p.ods(),
                    p.name(),
                    p.pcn(),
                    p.icb(),
                    "ZZ99 " + p.ods().substring(4) + "AA");
        }
        for (Practitioner p : practitioners) {
            out.row(
                    PRACTITIONER,
                    p.id(),
                    "Synthetic Practitioner " + p.number(),
                    "practitioner" + p.number() + "@example.invalid",
                    "01632 960" + String.format("%03d", p.number() % 1000),
                    null,
                    "Synthetic Wellbeing Centre, " + p.icb(),
                    p.accepting());
            for (String therapy : p.therapies()) {
                out.row(PRACTITIONER_THERAPY, p.id(), therapy);
            }
            for (Registration r : p.registrations()) {
                out.row(
                        REGISTRATION,
                        r.id(),
                        p.id(),
                        r.register(),
                        r.register().equals("OTHER") ? "Synthetic Therapies Guild" : null,
                        r.number(),
                        r.expiresOn(),
                        r.verifiedOn());
            }
        }
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
