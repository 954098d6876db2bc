package org.socialprescribing.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * An operation produces only the media types it declares: any other Accept is 406 problem+json and
 * changes nothing; never a Java object's toString() on the wire.
 */
@QuarkusTest
class ContentNegotiationTest {
    private static final String GP = TestTokens.gp(DemoData.PRACTICE_A);

    @Test
    void aReferralAskedForAsProblemJsonIsNotAcceptableAndNotCreated() {
        String key = UUID.randomUUID().toString();
        assertProblem(post(key, "application/problem+json"), 406, "not-acceptable");
        assertProblem(post(key, "text/csv"), 406, "not-acceptable");
        // the key was not used: the first acceptable try creates the referral
        post(key, "application/json").then().statusCode(201);
        post(key, "application/json").then().statusCode(200);
    }

    @Test
    void aJsonReadAskedForAsCsvIsNotAcceptable() {
        assertProblem(
                given().auth().oauth2(GP).accept("text/csv").get("/api/v1/therapies"),
                406,
                "not-acceptable");
    }

    @Test
    void aCsvReportAskedForAsJsonIsNotAcceptable() {
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.commissioner("QHM"))
                        .accept(ContentType.JSON)
                        .get("/api/v1/reports/activity.csv"),
                406,
                "not-acceptable");
    }

    @Test
    void anyMediaTypeGetsJson() {
        given().auth()
                .oauth2(GP)
                .accept("*/*")
                .get("/api/v1/therapies")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void theCsvReportIsTheTableWithItsStatementInHeaders() {
        given().auth()
                .oauth2(TestTokens.commissioner("QHM"))
                .accept("text/csv")
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-12-31")
                .get("/api/v1/reports/activity.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("X-Report", "activity")
                .header("X-Report-Period", "2025-01-01/2025-12-31")
                .header("X-Report-Grouping", "none")
                .header("X-Disclosure-Rules", startsWith("Counts of 1-7 people are suppressed"))
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"activity-2025-01-01-to-2025-12-31.csv\""))
                .body(startsWith("referrals_received,"));
    }

    private static Response post(String key, String accept) {
        return given().auth()
                .oauth2(GP)
                .contentType(ContentType.JSON)
                .accept(accept)
                .header("Idempotency-Key", key)
                .body(Referrals.body())
                .post("/api/v1/referrals");
    }
}
