package org.socialprescribing.e2e.crash;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socialprescribing.e2e.KeycloakTokens;
import org.socialprescribing.e2e.crash.Ledger.Answer;

/**
 * Nothing acknowledged is lost on a crash. The packaged application runs as a child process on the
 * build's database (the run command's H2 file, or PostgreSQL); several clients take referrals
 * through their course; the process is killed with SIGKILL while requests are in flight, started
 * again on the same database, and {@link RecoveryCheck} looks for every acknowledged write.
 *
 * <p>{@code -Dsp.crash.app-args="-Dname=value ..."} adds system properties to both starts, e.g. a
 * non-durable H2 URL to see the check catch lost writes (README, "Crash safety").
 */
class CrashRecoveryIT {
    private static final int CLIENTS = 6;
    private static final int KILL_AFTER_ACKNOWLEDGED = 150;
    private static final Duration MOST_LOAD_BEFORE_KILL = Duration.ofSeconds(40);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final String EXTRA_SETTINGS = System.getProperty("sp.crash.app-args", "").trim();

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesAKillMidLoadExactlyOnce() throws Exception {
        Path work = Files.createTempDirectory("sp-crash-");
        CrashDatabase database = CrashDatabase.ofBuild(work);
        try {
            database.prepare();
            Tokens tokens =
                    new Tokens(Tokens.ADMIN, "gp.a81001", "gp.b82002", Workload.PRACTITIONER);
            Crash crash = crash(database, tokens, work);
            long restartStarted = System.nanoTime();
            Findings findings;
            try (PackagedApp app =
                    PackagedApp.start(
                            properties(database), work.resolve("restart.log"), START_TIMEOUT)) {
                Duration restart = Duration.ofNanos(System.nanoTime() - restartStarted);
                findings = new RecoveryCheck(new Http(app.base), tokens, crash.ledger()).run();
                System.out.println(report(database, crash, restart, findings));
            }
            assertNothingLost(crash, findings);
        } finally {
            database.remove();
            delete(work);
        }
    }

    /** What the first run did before and at the kill. */
    private record Crash(Ledger ledger, Duration load, int inFlight, int exitStatus) {}

    private static Crash crash(CrashDatabase database, Tokens tokens, Path work)
            throws IOException, InterruptedException {
        try (PackagedApp app =
                PackagedApp.start(properties(database), work.resolve("first.log"), START_TIMEOUT)) {
            Workload workload = new Workload(new Http(app.base), tokens);
            long started = System.nanoTime();
            workload.start(CLIENTS);
            workload.awaitAcknowledged(KILL_AFTER_ACKNOWLEDGED, MOST_LOAD_BEFORE_KILL);
            int inFlight = workload.awaitRequestsInFlight();
            workload.killing();
            int exit = app.kill();
            Duration load = Duration.ofNanos(System.nanoTime() - started);
            workload.awaitClientsStopped(Duration.ofMinutes(2));
            return new Crash(workload.ledger(), load, inFlight, exit);
        }
    }

    private static List<String> properties(CrashDatabase database) {
        List<String> properties = new ArrayList<>();
        properties.add("-Dquarkus.oidc.auth-server-url=" + KeycloakTokens.REALM_URL);
        properties.add("-Dsp.demo-data.enabled=true");
        properties.addAll(database.applicationProperties());
        if (!EXTRA_SETTINGS.isEmpty()) {
            properties.addAll(Arrays.asList(EXTRA_SETTINGS.split("\\s+")));
        }
        return properties;
    }

    private static void assertNothingLost(Crash crash, Findings findings) {
        Ledger ledger = crash.ledger();
        long acknowledged = ledger.count(Answer.ACKNOWLEDGED);
        List<String> failed = ledger.failedBeforeKill();
        String problems = String.join("\n", findings.problems().stream().limit(20).toList());
        assertAll(
                () ->
                        assertTrue(
                                PackagedApp.killedBySigkill(crash.exitStatus()),
                                "exit status " + crash.exitStatus() + ", not SIGKILL's 137"),
                () ->
                        assertTrue(
                                acknowledged >= 20,
                                "too little load before the kill: " + acknowledged),
                () ->
                        assertEquals(
                                List.of(),
                                failed.stream().limit(5).toList(),
                                failed.size() + " requests failed before the kill; the first"),
                () ->
                        assertEquals(
                                acknowledged,
                                findings.acknowledgedPresent + findings.acknowledgedLost,
                                "every acknowledged write examined"),
                () -> assertEquals(0, findings.acknowledgedLost, problems),
                () -> assertEquals(0, findings.duplicated, problems),
                () -> assertEquals(0, findings.badRetries, problems),
                () -> assertEquals(0, findings.feedGaps, problems),
                () -> assertEquals(0, findings.feedDuplicates, problems),
                () -> assertEquals(0, findings.changesWithoutEvent, problems),
                () -> assertEquals(0, findings.historyFeedMismatches, problems));
    }

    private static String report(
            CrashDatabase database, Crash crash, Duration restart, Findings findings) {
        Ledger ledger = crash.ledger();
        long acknowledged = ledger.count(Answer.ACKNOWLEDGED);
        return String.format(
                "%nCrash recovery on %s%s%n"
                        + "  clients %d; SIGKILL after %.1f s of load with %d requests in flight"
                        + " (exit status %d); restart ready in %.1f s%n"
                        + "  requests sent                %d%n"
                        + "  acknowledged (2xx)           %d (%.0f a second)%n"
                        + "  refused (non-2xx)            %d%n"
                        + "  unanswered at the kill       %d%n"
                        + "%s",
                database.describe(),
                EXTRA_SETTINGS.isEmpty() ? "" : ", with " + EXTRA_SETTINGS,
                CLIENTS,
                crash.load().toMillis() / 1000.0,
                crash.inFlight(),
                crash.exitStatus(),
                restart.toMillis() / 1000.0,
                ledger.all().size(),
                acknowledged,
                acknowledged * 1000.0 / Math.max(1, crash.load().toMillis()),
                ledger.count(Answer.REFUSED),
                ledger.count(Answer.UNANSWERED),
                findings.report());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
