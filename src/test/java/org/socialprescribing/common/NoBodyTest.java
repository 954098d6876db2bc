package org.socialprescribing.common;

import static io.restassured.RestAssured.given;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.TestTokens;

/**
 * An operation that takes no body (acknowledging an inbox item, sending the letter, marking a
 * charge paid) accepts none or an empty object, and refuses anything else: a client never believes
 * a body it sent was acted on.
 */
@QuarkusTest
class NoBodyTest {
    private static final String GP = TestTokens.gp(DemoData.PRACTICE_A);

    @Test
    void malformedJsonIsRefused() {
        assertProblem(acknowledge("{not json"), 400, "malformed-request");
    }

    @Test
    void aBodyWithFieldsIsRefusedNamingTheField() {
        assertProblem(acknowledge("{\"note\": \"seen\"}"), 400, "malformed-request")
                .body("errors.field", org.hamcrest.Matchers.hasItem("note"));
    }

    @Test
    void noBodyOrAnEmptyObjectIsAccepted() {
        for (String body : List.of("", "{}")) {
            // an item id nobody has: the body passed, so the answer is about the item
            assertProblem(acknowledge(body), 404, "not-found");
        }
    }

    @Test
    void anEmptyBodyLabelledAsAFormIsNoBody() {
        // what curl -d '' and many HTTP libraries send for a POST without a body
        Response response =
                given().auth()
                        .oauth2(GP)
                        .accept(ContentType.JSON)
                        .contentType(ContentType.URLENC)
                        .body("")
                        .post("/api/v1/inbox/" + java.util.UUID.randomUUID() + "/acknowledge");
        assertProblem(response, 404, "not-found");
    }

    @Test
    void anOperationThatNeedsABodyRefusesAnEmptyOneWhateverItsLabel() {
        Response response =
                given().auth()
                        .oauth2(GP)
                        .accept(ContentType.JSON)
                        .contentType(ContentType.URLENC)
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .body("")
                        .post("/api/v1/referrals");
        org.junit.jupiter.api.Assertions.assertEquals(
                400, response.statusCode(), response.asString());
    }

    private static Response acknowledge(String body) {
        var request = given().auth().oauth2(GP).accept(ContentType.JSON);
        if (!body.isEmpty()) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/inbox/" + java.util.UUID.randomUUID() + "/acknowledge");
    }
}
