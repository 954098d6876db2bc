package org.socialprescribing.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.NETWORK_1;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Referrals.body;
import static org.socialprescribing.testing.Referrals.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.TestTokens;

/**
 * A retried POST never makes a second referral (BaRS: the receiver must not act twice on one
 * request id).
 */
@QuarkusTest
class IdempotencyTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheOriginalReferral() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body();
        String id = send(GP_A, key, body).then().statusCode(201).extract().path("id");
        send(GP_A, key, body)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id));
        as(GP_A).get("/api/v1/referrals/" + id + "/history").then().body("size()", equalTo(1));
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        send(GP_A, key, body()).then().statusCode(201);
        assertProblem(
                send(GP_A, key, with(body(), "reason", "A different reason")),
                422,
                "idempotency-key-reused");
    }

    @Test
    void keysBelongToTheCallerThatSentThem() {
        String key = UUID.randomUUID().toString();
        String first = send(GP_A, key, body()).then().statusCode(201).extract().path("id");
        String second =
                send(TestTokens.linkWorker(NETWORK_1), key, body())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        assertEquals(false, first.equals(second));
    }

    @Test
    void aPostWithoutAKeyIsRefusedAndCreatesNothing() {
        assertProblem(
                as(GP_A).body(body()).post("/api/v1/referrals"), 400, "idempotency-key-required");
    }

    @Test
    void concurrentRetriesOfOneRequestCreateExactlyOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body();
        int tries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                calls.add(() -> send(GP_A, key, body));
            }
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<Response> future : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                Response response = future.get();
                int status = response.statusCode();
                assertEquals(
                        true,
                        status == 200 || status == 201,
                        "status " + status + ": " + response.asString());
                created += status == 201 ? 1 : 0;
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "one referral for one key");
            assertEquals(1, created, "exactly one 201");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response send(String token, String key, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", key).body(body).post("/api/v1/referrals");
    }
}
