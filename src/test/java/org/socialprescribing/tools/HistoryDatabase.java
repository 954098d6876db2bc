package org.socialprescribing.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.socialprescribing.tools.SyntheticFunding.Scheme;

/**
 * The database the synthetic history goes into, H2 or PostgreSQL: migrated by the API's own Flyway
 * migrations, written in batches, then brought up to date (the schemes' totals, the planner's
 * statistics), counted and, for an H2 file, compacted.
 */
final class HistoryDatabase {
    private static final List<String> TABLES =
            List.of(
                    "practice",
                    "practitioner",
                    "registration",
                    "funder",
                    "funding_scheme",
                    "funding_scheme_coverage",
                    "funding_scheme_co_funder",
                    "referral",
                    "referral_condition",
                    "referral_event",
                    "referral_response",
                    "treatment_session",
                    "outcome_record",
                    "outcome_change",
                    "safety_alert",
                    "funding_plan",
                    "funding_plan_funder_share",
                    "charge_line",
                    "referral_evidence");

    private final SyntheticHistory.Options options;

    HistoryDatabase(SyntheticHistory.Options options) {
        this.options = options;
    }

    void migrate() {
        FluentConfiguration flyway =
                Flyway.configure()
                        .dataSource(options.url(), options.user(), options.password())
                        .locations("classpath:db/migration")
                        .placeholders(placeholders(options.url()));
        if (options.clean()) {
            flyway.cleanDisabled(false).load().clean();
        }
        flyway.load().migrate();
    }

    Connection connect() throws SQLException {
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
    void compactH2(Connection connection) throws SQLException {
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

    static void requireNoSyntheticData(Connection connection) throws SQLException {
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

    /** Committed and spent as the plans leave them: the budget check constraint still holds. */
    static void updateSchemes(Connection connection, SyntheticDirectory directory)
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
     * Each accept and decline event's practitioner response, as the API records it beside the event
     * (and as migration V16 derived it from the events before it).
     */
    static void deriveResponses(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into referral_response (event_id, referral_id, referral_received_at,"
                            + " practitioner_id, accepted, reason_code, response_seconds)"
                            + " select e.id, e.referral_id, r.created_at, e.practitioner_id,"
                            + " e.action = 'accept', e.reason_code, e.response_seconds"
                            + " from referral_event e join referral r on r.id = e.referral_id"
                            + " where e.action in ('accept', 'decline')");
        }
        connection.commit();
    }

    /**
     * PostgreSQL's planner statistics and visibility map for the new rows, so that reports run
     * straight after the generator (the benchmark) are planned and read as they would be once
     * autovacuum has caught up (an index-only scan reads the table for pages not yet vacuumed).
     */
    void analyze(Connection connection) throws SQLException {
        if (options.url().startsWith("jdbc:postgresql:")) {
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum (analyze)");
            } finally {
                connection.setAutoCommit(false);
            }
        }
    }

    Map<String, Long> report(Connection connection, long rows, double seconds) throws SQLException {
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

    /** PostgreSQL's size of the database, including indexes. */
    Optional<Long> size(Connection connection) throws SQLException {
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
    Optional<Long> h2FileSize() {
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

    /**
     * The API's migration placeholders, as application.properties keeps them per database kind: the
     * session settings a large backfill starts with, and the identity columns' block size.
     */
    private static Map<String, String> placeholders(String url) {
        String kind = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        java.util.Properties properties = new java.util.Properties();
        try (var in =
                HistoryDatabase.class
                        .getClassLoader()
                        .getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.of(
                "migration_session", properties.getProperty("sp.migration-session." + kind),
                "identity_cache", properties.getProperty("sp.identity-cache." + kind));
    }
}
