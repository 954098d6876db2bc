package org.socialprescribing.concurrency;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Parallel.CALLS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Parallel;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Referrals made and moved on by many callers at once: each request is answered as if it had come
 * alone, in some order. A change made with an ETag that another change has just made stale gets
 * 412; one the new status no longer allows gets 409; nothing is lost or done twice.
 */
@QuarkusTest
class ConcurrentReferralChangesTest {
    private static final String GP_A = TestTokens.gp(DemoData.PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(DemoData.ACUPUNCTURIST);

    @Test
    void referralsSentAtOnceWithTheirOwnKeysAreAllCreated() {
        Parallel.Outcomes outcomes =
                Parallel.send(CALLS, i -> post(GP_A, UUID.randomUUID().toString()))
                        .expect("201", CALLS);
        Set<String> ids = new HashSet<>();
        outcomes.responses().forEach(r -> ids.add(r.path("id")));
        assertEquals(CALLS, ids.size());
        ids.forEach(id -> as(GP_A).get("/api/v1/referrals/" + id).then().statusCode(200));
    }

    @Test
    void retriesOfOneRequestAtOnceCreateOneReferralAndReplayIt() {
        String key = UUID.randomUUID().toString();
        Parallel.Outcomes outcomes =
                Parallel.send(CALLS, i -> post(GP_A, key)).expect("200", CALLS - 1, "201", 1);
        Set<String> ids = new HashSet<>();
        outcomes.responses().forEach(r -> ids.add(r.path("id")));
        assertEquals(1, ids.size(), "one referral for one key");
    }

    @Test
    void oneOfManyAcceptancesWithOneETagWinsTheRestAreStale() {
        Referrals.Created referral = Referrals.sentToAcupuncturist();
        Parallel.send(CALLS, i -> action(ACU, referral, "accept", Map.of()))
                .expect("200", 1, "412 stale-etag", CALLS - 1);
        assertStatusAndHistory(referral.id(), "ACCEPTED", "accept", 1);
    }

    @Test
    void acceptancesThatMatchAnyVersionAfterTheFirstFindItAccepted() {
        Referrals.Created referral = Referrals.sentToAcupuncturist();
        Parallel.send(
                        CALLS,
                        i ->
                                as(ACU).header("If-Match", "*")
                                        .body(Map.of())
                                        .post("/api/v1/referrals/" + referral.id() + "/accept"))
                .expect("200", 1, "409 illegal-transition", CALLS - 1);
        assertStatusAndHistory(referral.id(), "ACCEPTED", "accept", 1);
    }

    @Test
    void oneOfManyDeclinesWins() {
        Referrals.Created referral = Referrals.sentToAcupuncturist();
        Parallel.send(
                        CALLS,
                        i ->
                                action(
                                        ACU,
                                        referral,
                                        "decline",
                                        Map.of("reasonCode", "NO_CAPACITY", "comment", "Full")))
                .expect("200", 1, "412 stale-etag", CALLS - 1);
        assertStatusAndHistory(referral.id(), "DECLINED", "decline", 1);
    }

    @Test
    void oneOfManyCancellationsWins() {
        Referrals.Created referral = Referrals.sentToAcupuncturist();
        Parallel.send(
                        CALLS,
                        i ->
                                action(
                                        GP_A,
                                        referral,
                                        "cancel",
                                        Map.of("reason", "The patient asked to stop")))
                .expect("200", 1, "412 stale-etag", CALLS - 1);
        assertStatusAndHistory(referral.id(), "CANCELLED", "cancel", 1);
    }

    @Test
    void twoLinkWorkersTriagingOneReferralAtOnceAssignItOnce() {
        Referrals.Created referral = Referrals.create(GP_A, Referrals.body());
        List<String> workers =
                List.of(linkWorker("link-worker-one"), linkWorker("link-worker-two"));
        List<UUID> choices = List.of(DemoData.ACUPUNCTURIST, DemoData.YOGA_TEACHER);
        Parallel.Outcomes outcomes =
                Parallel.send(
                                CALLS,
                                i ->
                                        action(
                                                workers.get(i % 2),
                                                referral,
                                                "assign",
                                                Map.of(
                                                        "practitionerId",
                                                        choices.get(i % 2).toString())))
                        .expect("200", 1, "412 stale-etag", CALLS - 1);
        String chosen = outcomes.withStatus(200).get(0).path("practitionerId");
        as(GP_A).get("/api/v1/referrals/" + referral.id())
                .then()
                .body("status", equalTo("SENT"))
                .body("practitionerId", equalTo(chosen));
        assertStatusAndHistory(referral.id(), "SENT", "assign", 1);
    }

    private static String linkWorker(String subject) {
        return TestTokens.token(
                subject, List.of("link-worker"), Map.of("pcn_code", DemoData.NETWORK_1));
    }

    private static Response post(String token, String key) {
        return as(token)
                .header("Idempotency-Key", key)
                .body(Referrals.toPractitioner(DemoData.ACUPUNCTURIST, "ACUPUNCTURE"))
                .post("/api/v1/referrals");
    }

    private static Response action(
            String token, Referrals.Created referral, String action, Map<String, Object> body) {
        return as(token)
                .header("If-Match", referral.etag())
                .body(body)
                .post("/api/v1/referrals/" + referral.id() + "/" + action);
    }

    private static void assertStatusAndHistory(String id, String status, String action, int times) {
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo(status));
        List<String> actions =
                as(GP_A).get("/api/v1/referrals/" + id + "/history").jsonPath().getList("action");
        assertEquals(times, actions.stream().filter(action::equals).count(), "history " + actions);
    }
}
