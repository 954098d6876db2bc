package org.socialprescribing.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.socialprescribing.testing.TestTokens;

/**
 * How long the commissioner reports take over one year of a large history (the synthetic one, see
 * {@link SyntheticHistory}), as admin and as one ICB's commissioner. A command that prints figures,
 * not a test: its name keeps it out of the suite, it asserts nothing about time, and it fails only
 * when a report answers with an error other than 404 (a report not written yet).
 *
 * <pre>
 * ./mvnw -q test -Ppostgresql -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dbenchmark.url=jdbc:postgresql://127.0.0.1:5432/social_prescribing_synthetic \
 *   -Dbenchmark.user=social_prescribing -Dbenchmark.password=social_prescribing
 * </pre>
 *
 * For an H2 file the generator wrote, leave out -Ppostgresql (the database kind is fixed when the
 * application is built). Options: -Dbenchmark.calls=10 (measured calls per line),
 * -Dbenchmark.warmup=3, -Dbenchmark.from / -Dbenchmark.to (default: the history's latest full
 * calendar year), -Dbenchmark.icb=SQ01 (the commissioner's ICB), -Dbenchmark.sql=true (log every
 * SQL statement Hibernate sends, with its parameters, for EXPLAIN ANALYZE).
 *
 * <p>The database is never cleaned (the test profile's Flyway clean-at-start is off and cleaning
 * disabled) and gets no demo data; Flyway applies only the migrations it lacks, so a history
 * generated before a new migration is migrated in place (additive migrations only, so far).
 */
@QuarkusTest
@TestProfile(ReportBenchmark.OnExistingDatabase.class)
@EnabledIfSystemProperty(named = "benchmark.url", matches = ".+")
class ReportBenchmark {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<String> TABLES =
            List.of(
                    "referral",
                    "referral_event",
                    "referral_response",
                    "treatment_session",
                    "outcome_record",
                    "outcome_change",
                    "funding_plan",
                    "charge_line");

    /** The report endpoints and the variants worth timing; from and to are added to each. */
    private static final List<Call> CALLS =
            List.of(
                    new Call("activity", "no grouping", Map.of()),
                    new Call("activity", "MONTH", Map.of("groupBy", "MONTH")),
                    new Call("activity", "PRACTICE", Map.of("groupBy", "PRACTICE")),
                    new Call(
                            "activity",
                            "THERAPY,FUNDING_ROUTE",
                            Map.of("groupBy", "THERAPY,FUNDING_ROUTE")),
                    new Call(
                            "activity",
                            "CONDITION_CATEGORY",
                            Map.of("groupBy", "CONDITION_CATEGORY")),
                    new Call("outcomes", "no grouping", Map.of()),
                    new Call("spend", "no grouping", Map.of()),
                    new Call("activity", "SOURCE", Map.of("groupBy", "SOURCE")),
                    new Call(
                            "value",
                            "per therapy, scheme; unit cost 3,600p",
                            Map.of("appointmentUnitCostPence", "3600")));

    /** The datasource the command line names; Flyway may migrate but never clean; no demo data. */
    public static class OnExistingDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            // Asked for when the class is loaded, even when the benchmark is then skipped.
            String url = System.getProperty("benchmark.url");
            if (url != null) {
                config.put("quarkus.datasource.jdbc.url", url);
                config.put(
                        "quarkus.datasource.username", System.getProperty("benchmark.user", "sa"));
                config.put(
                        "quarkus.datasource.password",
                        System.getProperty("benchmark.password", "sa"));
            }
            config.put("quarkus.flyway.clean-at-start", "false");
            config.put("quarkus.flyway.clean-disabled", "true");
            config.put("sp.demo-data.enabled", "false");
            // One test method that may run for many minutes is not a hang.
            config.put("quarkus.test.hang-detection-timeout", "2H");
            if (Boolean.getBoolean("benchmark.sql")) {
                config.put("quarkus.hibernate-orm.log.sql", "true");
                config.put("quarkus.hibernate-orm.log.bind-parameters", "true");
                config.put("quarkus.log.category.\"org.hibernate.SQL\".level", "DEBUG");
                config.put("quarkus.log.category.\"org.hibernate.orm.jdbc.bind\".level", "TRACE");
            }
            return config;
        }
    }

    /** One report variant: the endpoint under /api/v1/reports and its query parameters. */
    record Call(String report, String variant, Map<String, String> parameters) {}

    /** Who calls: a name for the table and a fresh token for each call (tokens expire). */
    record Caller(String name, Supplier<String> token) {}

    /** One line of the table: the measured calls, or the status that stopped them. */
    record Line(Call call, Caller caller, int status, int rows, List<Long> nanos) {}

    @Inject DataSource dataSource;

    @Test
    void timeEachReportOverOneYear() throws SQLException {
        int calls = Math.max(1, Integer.getInteger("benchmark.calls", 10));
        int warmup = Integer.getInteger("benchmark.warmup", 3);
        String icb = System.getProperty("benchmark.icb", "SQ01");
        LocalDate[] year = period();
        System.out.println(machine());
        System.out.printf(
                "%nPeriod %s to %s; %d warm-up and %d measured calls per line%n%n",
                year[0], year[1], warmup, calls);
        List<Caller> callers =
                List.of(
                        new Caller("admin", TestTokens::admin),
                        new Caller("commissioner " + icb, () -> TestTokens.commissioner(icb)));
        List<Line> lines = new ArrayList<>();
        for (Call call : CALLS) {
            for (Caller caller : callers) {
                Line line = measure(call, caller, year, warmup, calls);
                lines.add(line);
                System.out.println(format(line));
            }
        }
        System.out.println();
        System.out.println(table(lines));
        List<String> failed =
                lines.stream()
                        .filter(l -> l.status() != 200 && l.status() != 404)
                        .map(l -> l.call().report() + " " + l.call().variant() + ": " + l.status())
                        .toList();
        assertEquals(List.of(), failed, "reports that answered with an error");
    }

    private Line measure(Call call, Caller caller, LocalDate[] year, int warmup, int calls) {
        List<Long> nanos = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < warmup + calls; i++) {
            String token = caller.token().get();
            long started = System.nanoTime();
            Response response =
                    as(token)
                            .queryParam("from", year[0].toString())
                            .queryParam("to", year[1].toString())
                            .queryParams(call.parameters())
                            .get("/api/v1/reports/" + call.report());
            byte[] body = response.asByteArray();
            long took = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                if (response.statusCode() != 404) {
                    System.out.println(new String(body, StandardCharsets.UTF_8));
                }
                return new Line(call, caller, response.statusCode(), 0, List.of());
            }
            if (i >= warmup) {
                nanos.add(took);
            }
            // A report without a list of rows counts as one.
            List<?> listed = response.jsonPath().getList("rows");
            rows = listed == null ? 1 : listed.size();
        }
        return new Line(call, caller, 200, rows, nanos);
    }

    /** The latest calendar year the history covers in full, unless the command line names one. */
    private LocalDate[] period() throws SQLException {
        if (System.getProperty("benchmark.from") != null) {
            return new LocalDate[] {
                LocalDate.parse(System.getProperty("benchmark.from")),
                LocalDate.parse(System.getProperty("benchmark.to"))
            };
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select max(created_at) from referral")) {
            result.next();
            OffsetDateTime last = result.getObject(1, OffsetDateTime.class);
            LocalDate day =
                    last == null ? LocalDate.now(UK) : last.atZoneSameInstant(UK).toLocalDate();
            int year =
                    day.getMonthValue() == 12 && day.getDayOfMonth() == 31
                            ? day.getYear()
                            : day.getYear() - 1;
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
    }

    // --- what the figures were measured on ---

    private String machine() throws SQLException {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder("Machine\n");
        text.append(
                String.format(
                        "  cpu          %d cores, %s%n",
                        runtime.availableProcessors(), cpuModel()));
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            text.append(String.format("  memory       %,d MiB%n", os.getTotalMemorySize() >> 20));
        }
        text.append(String.format("  max heap     %,d MiB%n", runtime.maxMemory() >> 20));
        text.append(
                String.format(
                        "  java         %s (%s %s)%n",
                        System.getProperty("java.version"),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.vm.version")));
        text.append(
                String.format(
                        "  os           %s %s %s%n",
                        System.getProperty("os.name"),
                        System.getProperty("os.version"),
                        System.getProperty("os.arch")));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            DatabaseMetaData meta = connection.getMetaData();
            text.append(
                    String.format(
                            "  database     %s %s at %s, schema version %s%n",
                            meta.getDatabaseProductName(),
                            meta.getDatabaseProductVersion(),
                            meta.getURL(),
                            text(
                                    statement,
                                    "select \"version\" from \"flyway_schema_history\" where \"success\""
                                            + " order by \"installed_rank\" desc limit 1")));
            if (meta.getDatabaseProductName().equals("PostgreSQL")) {
                text.append(
                        String.format(
                                "  settings     shared_buffers %s, work_mem %s, max_parallel_workers_per_gather %s, database size %s%n",
                                text(statement, "show shared_buffers"),
                                text(statement, "show work_mem"),
                                text(statement, "show max_parallel_workers_per_gather"),
                                text(
                                        statement,
                                        "select pg_size_pretty(pg_database_size(current_database()))")));
            }
            for (String table : TABLES) {
                text.append(
                        String.format(
                                "  %-20s %,14d rows%n",
                                table,
                                Long.parseLong(text(statement, "select count(*) from " + table))));
            }
        }
        return text.toString();
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown model");
        } catch (IOException e) {
            return "unknown model";
        }
    }

    // --- the table ---

    private static final String ROW = "%-10s %-22s %-18s %7s %10s %10s %10s";

    private static String table(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        text.append(
                        String.format(
                                ROW,
                                "report",
                                "variant",
                                "caller",
                                "rows",
                                "median ms",
                                "p95 ms",
                                "max ms"))
                .append('\n');
        lines.forEach(line -> text.append(format(line)).append('\n'));
        return text.toString();
    }

    private static String format(Line line) {
        String head =
                String.format(
                        "%-10s %-22s %-18s",
                        line.call().report(), line.call().variant(), line.caller().name());
        if (line.status() != 200) {
            return head
                    + (line.status() == 404
                            ? " not available (HTTP 404)"
                            : " failed (HTTP " + line.status() + ")");
        }
        List<Long> sorted = line.nanos().stream().sorted().toList();
        return String.format(
                ROW,
                line.call().report(),
                line.call().variant(),
                line.caller().name(),
                line.rows(),
                millis(median(sorted)),
                millis(percentile(sorted, 0.95)),
                millis(sorted.get(sorted.size() - 1)));
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Nearest rank: with 10 calls the 95th percentile is the slowest. */
    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    private static String millis(double nanos) {
        return String.format("%.0f", nanos / 1e6);
    }
}
