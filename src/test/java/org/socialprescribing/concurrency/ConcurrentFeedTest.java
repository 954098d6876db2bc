package org.socialprescribing.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Parallel.CALLS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.testing.Parallel;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * The change feed under concurrent writers: writes do not wait for each other to be numbered, yet a
 * poller sees positions 1, 2, 3... with no gap and no repeat, each entry once, in the order the
 * writes committed, and every entry acknowledged before a poll.
 */
@QuarkusTest
class ConcurrentFeedTest {
    private static final String GP_A = TestTokens.gp(DemoData.PRACTICE_A);
    private static final String ADMIN = TestTokens.admin();

    private final ChangeFeed feed;

    ConcurrentFeedTest(ChangeFeed feed) {
        this.feed = feed;
    }

    @Test
    void aPollerAmongConcurrentWritersSeesEveryEntryOnceWithNoGap() throws Exception {
        long start = lastPosition();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<List<Map<String, Object>>> poller =
                CompletableFuture.supplyAsync(() -> pollWhile(writing, start));
        Set<String> created = new HashSet<>();
        Parallel.send(CALLS, i -> createSeveral(4, created)).expect("201", CALLS);
        writing.set(false);
        List<Map<String, Object>> seen = poller.get(120, TimeUnit.SECONDS);
        assertConsecutiveFrom(start, seen);
        List<Object> createdSeen =
                seen.stream()
                        .filter(e -> "referral.created".equals(e.get("type")))
                        .map(e -> e.get("referralId"))
                        .toList();
        assertEquals(created, new HashSet<>(createdSeen), "each creation in the feed");
        assertEquals(createdSeen.size(), new HashSet<>(createdSeen).size(), "each only once");
    }

    @Test
    void anEntryIsInTheFirstPollAfterItsWriteIsAcknowledged() {
        for (int i = 0; i < 5; i++) {
            long before = lastPosition();
            String id = Referrals.create(GP_A, Referrals.body()).id();
            List<Map<String, Object>> items = page(before);
            assertEquals(1, items.size(), "the new entry, at once");
            assertEquals(id, items.get(0).get("referralId"));
            assertEquals(String.valueOf(before + 1), items.get(0).get("cursor"));
        }
    }

    @Test
    void anEntryAppendedFirstButCommittedLaterIsNumberedAfterTheOneCommittedFirst()
            throws Exception {
        long before = lastPosition();
        UUID slow = UUID.randomUUID();
        UUID quick = UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slowWrite =
                CompletableFuture.runAsync(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .run(
                                                () -> {
                                                    publish(slow);
                                                    appended.countDown();
                                                    await(release);
                                                }));
        assertTrue(appended.await(30, TimeUnit.SECONDS));
        QuarkusTransaction.requiringNew().run(() -> publish(quick));
        List<Map<String, Object>> first = page(before);
        assertEquals(List.of(quick.toString()), referralIds(first), "only the committed one");
        release.countDown();
        slowWrite.get(30, TimeUnit.SECONDS);
        List<Map<String, Object>> all = page(before);
        assertEquals(List.of(quick.toString(), slow.toString()), referralIds(all));
        assertConsecutiveFrom(before, all);
    }

    private void publish(UUID referralId) {
        feed.publish(
                ChangeEventType.REFERRAL_CREATED,
                new ChangeFeed.Origin(referralId, DemoData.PRACTICE_A, null),
                null);
    }

    private static io.restassured.response.Response createSeveral(int count, Set<String> ids) {
        io.restassured.response.Response last = null;
        for (int i = 0; i < count; i++) {
            last = Referrals.post(GP_A, Referrals.body());
            if (last.statusCode() != 201) {
                return last;
            }
            synchronized (ids) {
                ids.add(last.path("id"));
            }
        }
        return last;
    }

    private static List<Map<String, Object>> pollWhile(AtomicBoolean writing, long start) {
        List<Map<String, Object>> seen = new ArrayList<>();
        long cursor = start;
        boolean more = true;
        while (writing.get() || more) {
            List<Map<String, Object>> items = page(cursor);
            seen.addAll(items);
            more = !items.isEmpty();
            if (more) {
                cursor = Long.parseLong((String) items.get(items.size() - 1).get("cursor"));
            }
        }
        return seen;
    }

    private static void assertConsecutiveFrom(long start, List<Map<String, Object>> seen) {
        long expected = start;
        for (Map<String, Object> entry : seen) {
            assertEquals(String.valueOf(++expected), entry.get("cursor"), "no gap, no repeat");
        }
    }

    private static List<Object> referralIds(List<Map<String, Object>> items) {
        return items.stream().map(e -> e.get("referralId")).toList();
    }

    private static List<Map<String, Object>> page(long after) {
        JsonPath body =
                as(ADMIN)
                        .queryParam("after", after)
                        .queryParam("limit", 500)
                        .get("/api/v1/events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        return body.getList("items");
    }

    private static long lastPosition() {
        long cursor = 0;
        for (List<Map<String, Object>> items = page(0); !items.isEmpty(); items = page(cursor)) {
            cursor = Long.parseLong((String) items.get(items.size() - 1).get("cursor"));
        }
        return cursor;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
