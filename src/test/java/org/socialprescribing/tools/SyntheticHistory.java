package org.socialprescribing.tools;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.tools.SyntheticDirectory.Practice;
import org.socialprescribing.tools.SyntheticFunding.Scheme;

/**
 * Fills a database with a realistic synthetic history for the commissioner reports: hundreds of
 * practices, hundreds of practitioners, funders with schemes of every route, and (by default) a
 * million referrals over several years with their events, sessions, outcomes, funding plans and
 * charges. Plain JDBC and Flyway, no Quarkus, so it runs against any H2 or PostgreSQL database.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.socialprescribing.tools.SyntheticHistory \
 *   -Dexec.args="--url jdbc:h2:file:/tmp/synthetic --referrals 1000000"
 * </pre>
 *
 * Options: --url, --user, --password (or SP_SYNTH_URL / _USER / _PASSWORD), --referrals N
 * (1,000,000), --seed S (42), --from 2022-01-01, --until (today; the history stops at its
 * midnight), --batch 1000, --clean (drop everything in the database first; Flyway clean). The same
 * seed, counts and dates give the same history.
 */
public final class SyntheticHistory {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final double TIGHT_SCHEMES = 0.2;

    /** What to generate and where. */
    record Options(
            String url,
            String user,
            String password,
            long referrals,
            long seed,
            LocalDate from,
            LocalDate until,
            int batch,
            boolean clean,
            boolean quiet) {

        static Options parse(String... args) {
            String url = System.getenv("SP_SYNTH_URL");
            String user = orDefault(System.getenv("SP_SYNTH_USER"), "sa");
            String password = orDefault(System.getenv("SP_SYNTH_PASSWORD"), "sa");
            long referrals = 1_000_000;
            long seed = 42;
            LocalDate from = LocalDate.of(2022, 1, 1);
            LocalDate until = LocalDate.now(UK);
            int batch = 1000;
            boolean clean = false;
            boolean quiet = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = args[++i];
                    case "--user" -> user = args[++i];
                    case "--password" -> password = args[++i];
                    case "--referrals" -> referrals = Long.parseLong(args[++i].replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--from" -> from = LocalDate.parse(args[++i]);
                    case "--until" -> until = LocalDate.parse(args[++i]);
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--clean" -> clean = true;
                    case "--quiet" -> quiet = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("give --url (or SP_SYNTH_URL)");
            }
            return new Options(
                    url, user, password, referrals, seed, from, until, batch, clean, quiet);
        }

        private static String orDefault(String value, String otherwise) {
            return value == null || value.isBlank() ? otherwise : value;
        }
    }

    private final Options options;
    private final long started = System.nanoTime();

    private SyntheticHistory(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws SQLException {
        run(Options.parse(args));
    }

    /**
     * What was generated: the row counts per table, as the database reports them, and how many of
     * the schemes with a budget ran out of it.
     */
    record Generated(Map<String, Long> rows, int budgeted, int ranOut) {}

    /** Generates the history. */
    static Generated run(Options options) throws SQLException {
        return new SyntheticHistory(options).generate();
    }

    private Generated generate() throws SQLException {
        HistoryDatabase database = new HistoryDatabase(options);
        database.migrate();
        try (Connection connection = database.connect();
                HistoryWriter out = new HistoryWriter(connection)) {
            HistoryDatabase.requireNoSyntheticData(connection);
            SplittableRandom random = new SplittableRandom(options.seed());
            SyntheticDirectory directory =
                    new SyntheticDirectory(random, options.from(), options.until());
            LocalDate[] days = days();
            double[] weights = dayWeights(days);
            sizeBudgets(directory, days, weights);
            writeDirectory(directory, out);
            long rows = writeReferrals(directory, out, random, days, weights);
            HistoryDatabase.updateSchemes(connection, directory);
            HistoryDatabase.deriveResponses(connection);
            database.analyze(connection);
            Map<String, Long> counts = database.report(connection, rows, elapsedSeconds());
            Generated generated = budgets(directory, counts);
            Optional<Long> size = database.size(connection);
            database.compactH2(connection);
            size.or(database::h2FileSize)
                    .filter(bytes -> !options.quiet())
                    .ifPresent(bytes -> System.out.printf("database size: %,d MB%n", bytes >> 20));
            return generated;
        }
    }

    // --- when referrals arrive ---

    private LocalDate[] days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = options.from(); day.isBefore(options.until()); day = day.plusDays(1)) {
            days.add(day);
        }
        return days.toArray(LocalDate[]::new);
    }

    /**
     * Few referrals at weekends, fewer in August and at Christmas, more in winter, and services
     * growing by about a quarter a year.
     */
    private double[] dayWeights(LocalDate[] days) {
        double[] monthly = {1.15, 1.05, 1.05, 0.95, 1.0, 0.95, 0.9, 0.75, 1.05, 1.1, 1.1, 0.8};
        double[] weights = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            DayOfWeek weekday = days[i].getDayOfWeek();
            double week =
                    weekday == DayOfWeek.SATURDAY ? 0.08 : weekday == DayOfWeek.SUNDAY ? 0.04 : 1;
            double years = ChronoUnit.DAYS.between(options.from(), days[i]) / 365.0;
            weights[i] = monthly[days[i].getMonthValue() - 1] * week * (1 + 0.25 * years);
        }
        return weights;
    }

    /**
     * Each scheme's budget is what its expected demand would cost (estimated by drawing sample
     * referrals through the same choice of scheme), times a factor: between 0.85 and 1.6 for most,
     * so that they last the year, but well below demand for about one in five, which run out part
     * of the way through their year, as real ones do; referrals after that go unfunded.
     */
    private void sizeBudgets(SyntheticDirectory directory, LocalDate[] days, double[] weights) {
        SplittableRandom sample = new SplittableRandom(options.seed() + 1);
        double[] cumulative = SyntheticDirectory.cumulative(weights);
        int samples = 20_000;
        for (int i = 0; i < samples; i++) {
            LocalDate day = days[SyntheticDirectory.pick(cumulative, sample)].plusDays(5);
            Practice practice = directory.practice(sample);
            String therapy =
                    SyntheticDirectory.weightedTherapy(sample, ReferralStory.categories(sample));
            Scheme scheme = FundingStory.chooseScheme(directory, sample, therapy, practice, day);
            if (scheme != null) {
                scheme.expectedPlans++;
            }
        }
        // About 80% of referrals are accepted and 70% of those seek funding.
        double scale = options.referrals() * 0.8 * 0.7 / samples;
        for (Scheme scheme : directory.schemes) {
            boolean tight = sample.nextDouble() < TIGHT_SCHEMES;
            double factor =
                    tight ? 0.3 + 0.3 * sample.nextDouble() : 0.85 + 0.75 * sample.nextDouble();
            double perPlan = scheme.feePence * scheme.maxSessions;
            long budget =
                    Math.round((scheme.expectedPlans * scale + 2) * perPlan * factor / 100) * 100;
            scheme.budgetPence = scheme.route == SchemeRoute.SELF_FUNDED ? 0 : budget;
        }
    }

    // --- writing ---

    private void writeDirectory(SyntheticDirectory directory, HistoryWriter out) {
        directory.write(out);
        SyntheticFunding.write(directory.funders, directory.schemes, out);
        out.flush();
    }

    /**
     * Referrals in date order, each day's share of the total by its weight (carrying the fractions
     * so the total is exact), at random times in the working day.
     */
    private long writeReferrals(
            SyntheticDirectory directory,
            HistoryWriter out,
            SplittableRandom random,
            LocalDate[] days,
            double[] weights) {
        // The history stops at the start of --until (midnight before today by default), not at
        // this moment, so that the same options give the same history all day.
        Instant now = options.until().atStartOfDay(UK).toInstant();
        ReferralStory story = new ReferralStory(directory, out, now);
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double owed = 0;
        long written = 0;
        long progressEvery = Math.max(1, options.referrals() / 20);
        for (int d = 0; d < days.length && written < options.referrals(); d++) {
            owed += options.referrals() * weights[d] / total;
            long today =
                    d == days.length - 1
                            ? options.referrals() - written
                            : Math.round(owed) - written;
            for (long i = 0; i < today; i++) {
                LocalTime time = LocalTime.of(8, 0).plusSeconds(random.nextInt(10 * 3600));
                Instant created = days[d].atTime(time).atZone(UK).toInstant();
                story.tell(random, created);
                written++;
                if (written % options.batch() == 0) {
                    out.flush();
                }
                if (written % progressEvery == 0) {
                    progress(written, out.rows());
                }
            }
        }
        out.flush();
        return out.rows();
    }

    // --- reporting ---

    private void progress(long referrals, long rows) {
        if (!options.quiet()) {
            double seconds = elapsedSeconds();
            System.out.printf(
                    "%,d referrals, %,d rows, %.0f s, %,.0f rows/s%n",
                    referrals, rows, seconds, rows / seconds);
        }
    }

    /** Which schemes ran out, and how far through their year. */
    private Generated budgets(SyntheticDirectory directory, Map<String, Long> counts) {
        List<Scheme> budgeted =
                directory.schemes.stream().filter(s -> s.route != SchemeRoute.SELF_FUNDED).toList();
        List<Scheme> ranOut = budgeted.stream().filter(s -> s.ranOutAt != null).toList();
        if (!options.quiet()) {
            System.out.printf("%d of %d budgets ran out:", ranOut.size(), budgeted.size());
            for (Scheme scheme : ranOut) {
                LocalDate day = scheme.ranOutAt.atZone(UK).toLocalDate();
                long through = ChronoUnit.DAYS.between(scheme.validFrom, day);
                long year = ChronoUnit.DAYS.between(scheme.validFrom, scheme.validTo) + 1;
                System.out.printf(" %s %s (%d%%)", scheme.route, day, 100 * through / year);
            }
            System.out.println();
        }
        return new Generated(counts, budgeted.size(), ranOut.size());
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
