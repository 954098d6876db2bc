package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.FUNDER;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_SCHEME;
import static org.socialprescribing.tools.HistoryWriter.Table.FUNDING_SCHEME_COVERAGE;
import static org.socialprescribing.tools.HistoryWriter.Table.PRACTICE;
import static org.socialprescribing.tools.HistoryWriter.Table.PRACTITIONER;
import static org.socialprescribing.tools.HistoryWriter.Table.PRACTITIONER_THERAPY;
import static org.socialprescribing.tools.HistoryWriter.Table.REGISTRATION;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.tools.SyntheticDirectory.Practice;
import org.socialprescribing.tools.SyntheticDirectory.Scheme;

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
    private static final List<String> TABLES =
            List.of(
                    "practice",
                    "practitioner",
                    "registration",
                    "funder",
                    "funding_scheme",
                    "funding_scheme_coverage",
                    "referral",
                    "referral_condition",
                    "referral_event",
                    "treatment_session",
                    "outcome_record",
                    "outcome_change",
                    "safety_alert",
                    "funding_plan",
                    "charge_line");

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
        migrate();
        try (Connection connection = connect();
                HistoryWriter out = new HistoryWriter(connection)) {
            requireNoSyntheticData(connection);
            SplittableRandom random = new SplittableRandom(options.seed());
            SyntheticDirectory directory =
                    new SyntheticDirectory(random, options.from(), options.until());
            LocalDate[] days = days();
            double[] weights = dayWeights(days);
            sizeBudgets(directory, days, weights);
            writeDirectory(directory, out);
            long rows = writeReferrals(directory, out, random, days, weights);
            updateSchemes(connection, directory);
            analyze(connection);
            Map<String, Long> counts = report(connection, rows);
            Generated generated = budgets(directory, counts);
            Optional<Long> size = size(connection);
            compactH2(connection);
            size.or(this::h2FileSize)
                    .filter(bytes -> !options.quiet())
                    .ifPresent(bytes -> System.out.printf("database size: %,d MB%n", bytes >> 20));
            return generated;
        }
    }

    private void migrate() {
        FluentConfiguration flyway =
                Flyway.configure()
                        .dataSource(options.url(), options.user(), options.password())
                        .locations("classpath:db/migration")
                        .placeholders(Map.of("migration_session", migrationSession(options.url())));
        if (options.clean()) {
            flyway.cleanDisabled(false).load().clean();
        }
        flyway.load().migrate();
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", options.user());
        properties.setProperty("password", options.password());
        if (options.url().startsWith("jdbc:postgresql:")) {
            // One multi-row INSERT per batch instead of one round trip per row.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        Connection connection = DriverManager.getConnection(options.url(), properties);
        if (isH2File()) {
            // H2 keeps replaced pages for 45 s by default; at this write rate the file would grow
            // many times larger than its data.
            try (Statement statement = connection.createStatement()) {
                statement.execute("set retention_time 0");
            }
        }
        return connection;
    }

    private boolean isH2File() {
        return options.url().startsWith("jdbc:h2:") && !options.url().startsWith("jdbc:h2:mem:");
    }

    /** Gives back the space H2 left behind while writing; the database closes. */
    private void compactH2(Connection connection) throws SQLException {
        if (isH2File()) {
            long compacting = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("shutdown compact");
            }
            if (!options.quiet()) {
                System.out.printf(
                        "H2 file compacted in %.1f s%n", (System.nanoTime() - compacting) / 1e9);
            }
        }
    }

    private static void requireNoSyntheticData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet found =
                        statement.executeQuery(
                                "select count(*) from practice where ods_code = 'S00001'")) {
            found.next();
            if (found.getLong(1) > 0) {
                throw new IllegalStateException(
                        "The database already holds a synthetic history: use --clean or a new database");
            }
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
        for (Practice p : directory.practices) {
            out.row(
                    PRACTICE,
                    p.ods(),
                    p.name(),
                    p.pcn(),
                    p.icb(),
                    "ZZ99 " + p.ods().substring(4) + "AA");
        }
        for (SyntheticDirectory.Practitioner p : directory.practitioners) {
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
            for (SyntheticDirectory.Registration r : p.registrations()) {
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
        for (SyntheticDirectory.Funder f : directory.funders) {
            out.row(FUNDER, f.code(), f.name(), f.type());
        }
        ObjectMapper json = new ObjectMapper();
        for (Scheme s : directory.schemes) {
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
        out.flush();
    }

    private static void coverage(HistoryWriter out, Scheme scheme, String kind, Set<String> codes) {
        for (String code : codes) {
            out.row(FUNDING_SCHEME_COVERAGE, scheme.id, kind, code);
        }
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

    /** Committed and spent as the plans leave them: the budget check constraint still holds. */
    private static void updateSchemes(Connection connection, SyntheticDirectory directory)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "update funding_scheme set committed_pence = ?, spent_pence = ? where id = ?")) {
            for (Scheme scheme : directory.schemes) {
                update.setLong(1, scheme.committedPence);
                update.setLong(2, scheme.spentPence);
                update.setObject(3, scheme.id);
                update.addBatch();
            }
            update.executeBatch();
            connection.commit();
        }
    }

    /**
     * PostgreSQL's planner statistics for the new rows, so that reports run straight after the
     * generator (the benchmark) are planned as they would be once autovacuum has caught up.
     */
    private void analyze(Connection connection) throws SQLException {
        if (options.url().startsWith("jdbc:postgresql:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
        }
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

    private Map<String, Long> report(Connection connection, long rows) throws SQLException {
        double seconds = elapsedSeconds();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                    result.next();
                    counts.put(table, result.getLong(1));
                    if (!options.quiet()) {
                        System.out.printf("%-24s %,14d%n", table, result.getLong(1));
                    }
                }
            }
        }
        if (!options.quiet()) {
            System.out.printf(
                    "%,d rows written in %.1f s: %,.0f rows/s (seed %d)%n",
                    rows, seconds, rows / seconds, options.seed());
        }
        return counts;
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

    /** PostgreSQL's size of the database, including indexes. */
    private Optional<Long> size(Connection connection) throws SQLException {
        if (!options.url().startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("select pg_database_size(current_database())")) {
            result.next();
            return Optional.of(result.getLong(1));
        }
    }

    /** The size of an H2 file database, once compacted. */
    private Optional<Long> h2FileSize() {
        if (!options.url().startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        String file = options.url().substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db";
        try {
            return Optional.of(Files.size(Path.of(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * The session settings the API's migrations start with (application.properties keeps them per
     * database kind): on PostgreSQL the statement timeout is lifted for a large backfill.
     */
    private static String migrationSession(String url) {
        String kind = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        java.util.Properties properties = new java.util.Properties();
        try (var in =
                SyntheticHistory.class
                        .getClassLoader()
                        .getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty("sp.migration-session." + kind);
    }
}
