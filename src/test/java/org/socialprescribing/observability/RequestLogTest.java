package org.socialprescribing.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.anonymous;
import static org.socialprescribing.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.TestTokens;

/**
 * Everything the application logs during a whole referral loop, at DEBUG, holds no patient
 * identifier and no free text, and each answered request is one line with the correlation id, the
 * caller's role and organisation, the operation and the outcome.
 */
@QuarkusTest
class RequestLogTest {
    private static final List<String> LOGGERS =
            List.of(
                    "",
                    "org.hibernate",
                    "io.quarkus",
                    "io.vertx",
                    "org.jboss",
                    "org.socialprescribing");

    @Test
    void aWholeReferralLoopLogsNoPatientIdentifierOrFreeTextEvenAtDebug() {
        List<ExtLogRecord> records = captureAtDebug(() -> ReferralLoop.run("log-loop-1"));

        assertTrue(records.size() > 20, "the loop was logged: " + records.size() + " records");
        for (ExtLogRecord record : records) {
            if (isTestClient(record)) {
                continue;
            }
            String text = everything(record);
            for (String secret : ReferralLoop.SECRETS) {
                assertFalse(
                        text.contains(secret),
                        record.getLoggerName() + " logged " + secret + ": " + abbreviate(text));
            }
        }
    }

    /** REST Assured's HTTP client logs what the test sends; that is the test, not the API. */
    private static boolean isTestClient(ExtLogRecord record) {
        String logger = String.valueOf(record.getLoggerName());
        return logger.startsWith("org.apache.http") || logger.startsWith("io.restassured");
    }

    private static String everything(ExtLogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getFormattedMessage()));
        text.append(' ').append(record.getMdcCopy());
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            text.append(' ').append(t);
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    @Test
    void eachAnsweredRequestIsOneLineWithWhoDidWhatAndHowItEnded() {
        List<ExtLogRecord> lines =
                captureAtDebug(() -> ReferralLoop.run("log-loop-2")).stream()
                        .filter(r -> r.getLoggerName().endsWith("RequestLog"))
                        .filter(r -> "log-loop-2".equals(r.getMdc("correlationId")))
                        .toList();

        ExtLogRecord created = only(lines, "ReferralResource_create", "201");
        assertEquals("gp", created.getMdc("callerRole"));
        assertEquals("A81001", created.getMdc("callerOrganisation"));
        assertEquals("success", created.getMdc("outcome"));
        ExtLogRecord stale = only(lines, "ReferralResource_accept", "412");
        assertEquals("practitioner", stale.getMdc("callerRole"));
        assertEquals("stale-etag", stale.getMdc("outcome"));
        assertEquals(
                "commissioner",
                only(lines, "FundingRequestResource_approve", "200").getMdc("callerRole"));
        assertEquals(
                "QHM",
                only(lines, "FundingRequestResource_approve", "200").getMdc("callerOrganisation"));
    }

    @Test
    void aRequestRefusedForItsTokenOrRoleOrMatchingNoOperationIsOneLineToo() {
        List<ExtLogRecord> lines =
                captureAtDebug(
                                () -> {
                                    anonymous()
                                            .header("X-Correlation-Id", "log-refused-1")
                                            .get("/api/v1/referrals")
                                            .then()
                                            .statusCode(401);
                                    as(TestTokens.gp("A81001"))
                                            .header("X-Correlation-Id", "log-refused-1")
                                            .get("/api/v1/reports/activity")
                                            .then()
                                            .statusCode(403);
                                    as("not-a-token")
                                            .header("X-Correlation-Id", "log-refused-2")
                                            .get("/api/v1/referrals")
                                            .then()
                                            .statusCode(401);
                                    anonymous()
                                            .header("X-Correlation-Id", "log-refused-1")
                                            .get("/api/v1/no-such-thing")
                                            .then()
                                            .statusCode(404);
                                })
                        .stream()
                        .filter(r -> r.getLoggerName().endsWith("RequestLog"))
                        .filter(
                                r ->
                                        String.valueOf(r.getMdc("correlationId"))
                                                .startsWith("log-refused"))
                        .toList();

        // without a token, and with one that is not a valid token
        assertEquals(
                List.of("anonymous", "anonymous"),
                lines.stream()
                        .filter(r -> "401".equals(r.getMdc("status")))
                        .map(r -> r.getMdc("callerRole"))
                        .toList());
        ExtLogRecord forbidden = only(lines, "ActivityReportResource_activity", "403");
        assertEquals("gp", forbidden.getMdc("callerRole"));
        assertEquals("forbidden", forbidden.getMdc("outcome"));
        assertEquals("not-found", only(lines, "unmatched", "404").getMdc("outcome"));
    }

    private static ExtLogRecord only(List<ExtLogRecord> lines, String operation, String status) {
        return lines.stream()
                .filter(
                        r ->
                                operation.equals(r.getMdc("operation"))
                                        && status.equals(r.getMdc("status")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + operation + " " + status));
    }

    /**
     * Lowers the root and the libraries' loggers to DEBUG as an operator would (categories that
     * application.properties sets keep their level), with the console kept at INFO, and keeps every
     * record made.
     */
    private static List<ExtLogRecord> captureAtDebug(Runnable loop) {
        List<ExtLogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture =
                new Handler() {
                    @Override
                    public void publish(LogRecord record) {
                        if (record instanceof ExtLogRecord ext) {
                            ext.copyAll();
                            records.add(ext);
                        }
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Map<String, Level> levels = new HashMap<>();
        Map<Handler, Level> handlerLevels = new HashMap<>();
        for (Handler handler : root.getHandlers()) {
            handlerLevels.put(handler, handler.getLevel());
            handler.setLevel(Level.INFO);
        }
        LOGGERS.forEach(name -> levels.put(name, Logger.getLogger(name).getLevel()));
        LOGGERS.forEach(name -> Logger.getLogger(name).setLevel(Level.FINE));
        root.addHandler(capture);
        try {
            loop.run();
        } finally {
            root.removeHandler(capture);
            levels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
            handlerLevels.forEach(Handler::setLevel);
        }
        return new ArrayList<>(records);
    }
}
