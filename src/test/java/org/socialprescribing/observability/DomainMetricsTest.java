package org.socialprescribing.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.observability.metrics.DomainGauges;
import org.socialprescribing.testing.TestTokens;

/**
 * /q/metrics after a referral loop: each domain metric moved by exactly what the loop did, HTTP,
 * JVM and pool figures are there, and no label carries an id or a patient's data.
 */
@QuarkusTest
class DomainMetricsTest {
    private final DomainGauges gauges;

    @Inject
    DomainMetricsTest(DomainGauges gauges) {
        this.gauges = gauges;
    }

    @Test
    void aReferralLoopMovesEachDomainMetricByWhatItDid() {
        gauges.refresh();
        long feedBefore = latestEventCursor();
        Scrape before = Scrape.now();

        ReferralLoop.Result loop = ReferralLoop.run("metrics-loop-1");
        long events = eventsAfter(feedBefore);
        gauges.refresh();
        Scrape after = afterPositioned(before, events);

        assertMoved(
                before,
                after,
                2,
                "sp_referrals_created_total",
                "source",
                "gp_practice",
                "route",
                "direct",
                "therapy",
                "ACUPUNCTURE");
        assertMoved(
                before,
                after,
                1,
                "sp_referrals_created_total",
                "route",
                "link_worker",
                "therapy",
                "none");
        assertMoved(before, after, 1, "sp_idempotent_replays_total");
        assertMoved(before, after, 1, "sp_referral_transitions_total", "action", "accept");
        assertMoved(before, after, 1, "sp_referral_transitions_total", "action", "start-treatment");
        assertMoved(before, after, 1, "sp_referral_transitions_total", "action", "complete");
        assertMoved(before, after, 1, "sp_letters_sent_total");
        assertMoved(before, after, 1, "sp_letters_acknowledged_total");
        assertMoved(before, after, 1, "sp_inbox_acknowledged_total", "kind", "letter");
        assertMoved(
                before,
                after,
                1,
                "sp_safety_alerts_total",
                "severity",
                "medium",
                "raised",
                "by_practitioner");
        assertMoved(before, after, 1, "sp_funding_decisions_total", "decision", "approved");
        assertMoved(before, after, 1, "sp_optimistic_lock_conflicts_total", "code", "stale-etag");
        assertMoved(
                before, after, 1, "sp_inbox_unacknowledged", "urgent", "true", "age", "under_1h");
        assertMoved(before, after, 0, "sp_inbox_unacknowledged", "urgent", "false");
        assertMoved(before, after, events, "sp_change_feed_lag_seconds_count");

        assertEquals(
                100000,
                after.value("sp_funding_scheme_budget_pence", "scheme", loop.schemeId()),
                () ->
                        after.text()
                                .lines()
                                .filter(l -> l.contains("sp_funding"))
                                .toList()
                                .toString());
        assertEquals(
                76000,
                after.value(
                        "sp_funding_scheme_headroom_pence",
                        "scheme",
                        loop.schemeId(),
                        "funder",
                        "QHM"));
    }

    @Test
    void httpJvmAndPoolFiguresAreScrapedWithoutATokenAndWithBoundedLabels() {
        ReferralLoop.Result loop = ReferralLoop.run("metrics-loop-2");
        Scrape scrape = Scrape.now();

        assertTrue(
                scrape.value(
                                "http_server_requests_seconds_count",
                                "uri",
                                "/api/v1/referrals",
                                "method",
                                "POST",
                                "status",
                                "201")
                        >= 3);
        assertTrue(
                scrape.has(
                        "http_server_requests_seconds_bucket",
                        "uri",
                        "/api/v1/referrals/{id}/accept",
                        "le",
                        "0.1"));
        assertTrue(scrape.has("http_server_requests_seconds_count", "status", "412"));
        assertTrue(scrape.has("jvm_memory_used_bytes"));
        assertTrue(scrape.has("agroal_active_count"));
        for (String secret : ReferralLoop.SECRETS) {
            assertFalse(scrape.text().contains(secret), "the metrics show " + secret);
        }
        for (String id : List.of(loop.referralId(), loop.planId())) {
            assertFalse(scrape.text().contains(id), "a label carries the id " + id);
        }
        long buckets =
                scrape.series().stream()
                        .filter(
                                s ->
                                        s.name().equals("http_server_requests_seconds_bucket")
                                                && "/api/v1/referrals".equals(s.labels().get("uri"))
                                                && "POST".equals(s.labels().get("method"))
                                                && "201".equals(s.labels().get("status")))
                        .count();
        assertEquals(9, buckets, "eight buckets and +Inf per operation and status");
    }

    private static void assertMoved(
            Scrape before, Scrape after, double by, String name, String... labels) {
        assertEquals(
                by,
                after.value(name, labels) - before.value(name, labels),
                name + " " + String.join(",", labels));
    }

    /**
     * The scrape once the sequencer has recorded every change of the loop: it positions them on its
     * own thread just after each commit, and records the lag when its own transaction has ended.
     */
    private static Scrape afterPositioned(Scrape before, long events) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Scrape after = Scrape.now();
        while (after.value("sp_change_feed_lag_seconds_count")
                                - before.value("sp_change_feed_lag_seconds_count")
                        < events
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            after = Scrape.now();
        }
        return after;
    }

    private static long latestEventCursor() {
        long cursor = 0;
        while (true) {
            String next =
                    as(TestTokens.admin())
                            .queryParam("after", cursor)
                            .queryParam("limit", 500)
                            .get("/api/v1/events")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("nextCursor");
            if (Long.parseLong(next) == cursor) {
                return cursor;
            }
            cursor = Long.parseLong(next);
        }
    }

    private static long eventsAfter(long cursor) {
        return latestEventCursor() >= cursor
                ? as(TestTokens.admin())
                        .queryParam("after", cursor)
                        .queryParam("limit", 500)
                        .get("/api/v1/events")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items")
                        .size()
                : 0;
    }
}
