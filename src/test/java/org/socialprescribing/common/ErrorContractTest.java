package org.socialprescribing.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * The error contract: every error is RFC 9457 problem+json with a stable type, title, status,
 * detail and code; validation problems name each invalid field; nothing of the implementation
 * leaks.
 */
@QuarkusTest
class ErrorContractTest {
    private static final String REFERRALS = "/api/v1/referrals";

    private static String gp() {
        return TestTokens.gp(DemoData.PRACTICE_A);
    }

    private static Response postReferral(Object body) {
        return as(gp()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post(REFERRALS);
    }

    @Test
    void malformedJsonBodyIsMalformedRequest() {
        assertProblem(
                postReferral("{\"practiceOdsCode\": \"A81001\", \"patient\": {"),
                400,
                "malformed-request");
    }

    @Test
    void bodyThatIsNotJsonAtAllIsMalformedRequest() {
        assertProblem(postReferral("this is not json"), 400, "malformed-request");
    }

    @Test
    void unknownPropertyIsRefusedNamingTheProperty() {
        Map<String, Object> body = Referrals.body();
        body.put("favouriteColour", "blue");
        assertProblem(postReferral(body), 400, "malformed-request")
                .body("errors.field", hasItem("favouriteColour"))
                .body("detail", containsString("favouriteColour"));
    }

    @Test
    void unknownNestedPropertyIsRefusedNamingItsPath() {
        assertProblem(
                        postReferral(Referrals.with(Referrals.body(), "patient.shoeSize", 9)),
                        400,
                        "malformed-request")
                .body("errors.field", hasItem("patient.shoeSize"));
    }

    @Test
    void numberWhereUrgencyIsExpectedIsRefusedNamingTheField() {
        assertProblem(
                        postReferral(Referrals.with(Referrals.body(), "urgency", 5)),
                        400,
                        "malformed-request")
                .body("errors.field", hasItem("urgency"));
    }

    @Test
    void urgencyIsNeverReadFromAnOrdinalNumber() {
        // 1 would silently become URGENT (the enum's second constant) if numbers were read as
        // ordinals.
        assertProblem(
                        postReferral(Referrals.with(Referrals.body(), "urgency", 1)),
                        400,
                        "malformed-request")
                .body("errors.field", hasItem("urgency"));
    }

    @Test
    void birthDateThatIsNotADateIsRefusedNamingTheField() {
        assertProblem(
                        postReferral(
                                Referrals.with(
                                        Referrals.body(), "patient.birthDate", "not-a-date")),
                        400,
                        "malformed-request")
                .body("errors.field", hasItem("patient.birthDate"));
    }

    @Test
    void consentGivenAsTextIsRefusedNamingTheField() {
        assertProblem(
                        postReferral(Referrals.with(Referrals.body(), "consent", "yes")),
                        400,
                        "malformed-request")
                .body("errors.field", hasItem("consent"));
    }

    @Test
    void referralWithoutIdempotencyKeyIsRefused() {
        assertProblem(
                as(gp()).body(Referrals.body()).post(REFERRALS), 400, "idempotency-key-required");
    }

    @Test
    void referralWithBlankIdempotencyKeyIsRefused() {
        assertProblem(
                as(gp()).header("Idempotency-Key", " ").body(Referrals.body()).post(REFERRALS),
                400,
                "idempotency-key-required");
    }

    @Test
    void invalidNhsNumberFailsValidationOnThePatientField() {
        assertProblem(
                        postReferral(
                                Referrals.with(
                                        Referrals.body(), "patient.nhsNumber", "9434765918")),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("patient.nhsNumber"))
                .body("errors.find { it.field == 'patient.nhsNumber' }.message", notNullValue());
    }

    @Test
    void everyInvalidFieldIsListed() {
        Map<String, Object> body =
                Referrals.with(Referrals.body(), "patient.nhsNumber", "9434765918");
        body = Referrals.with(body, "practiceOdsCode", "not an ods code");
        body = Referrals.with(body, "reason", "");
        body = Referrals.with(body, "urgency", null);
        body = Referrals.with(body, "patient.postcode", "NOT A POSTCODE");
        assertProblem(postReferral(body), 400, "validation-failed")
                .body(
                        "errors.field",
                        hasItems(
                                "patient.nhsNumber",
                                "practiceOdsCode",
                                "reason",
                                "urgency",
                                "patient.postcode"));
    }

    @Test
    void bodyLargerThan256KiBIsPayloadTooLarge() {
        Map<String, Object> body = Referrals.with(Referrals.body(), "reason", "x".repeat(300_000));
        assertProblem(postReferral(body), 413, "payload-too-large");
    }

    @Test
    void unknownPathIsNotFoundAsProblem() {
        assertProblem(as(gp()).get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void unknownSubPathOfAResourceIsNotFoundAsProblem() {
        assertProblem(as(gp()).get("/api/v1/therapies/YOGA/no-such-thing"), 404, "not-found");
    }

    @Test
    void wrongMethodIsMethodNotAllowedAsProblem() {
        assertProblem(
                as(TestTokens.admin()).delete("/api/v1/therapies"), 405, "method-not-allowed");
    }

    @Test
    void textBodyIsUnsupportedMediaTypeAsProblem() {
        Response response =
                as(gp()).contentType("text/plain")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body("Please see Sam Jones for back pain")
                        .post(REFERRALS);
        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void limitOfZeroIsRefusedNamingTheParameter() {
        assertProblem(as(gp()).queryParam("limit", "0").get(REFERRALS), 400, "validation-failed")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void limitThatIsNotANumberIsRefusedNamingTheParameter() {
        assertProblem(as(gp()).queryParam("limit", "abc").get(REFERRALS), 400, "validation-failed")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void limitAboveTheMaximumIsRefused() {
        assertProblem(as(gp()).queryParam("limit", "101").get(REFERRALS), 400, "validation-failed")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void cursorTheApiDidNotIssueIsRefusedNamingTheParameter() {
        assertProblem(
                        as(gp()).queryParam("cursor", "not-a-cursor").get(REFERRALS),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("cursor"));
        assertProblem(as(gp()).queryParam("cursor", "%%%").get(REFERRALS), 400, "validation-failed")
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void cursorTheApiIssuedLeadsToTheNextPage() {
        Referrals.create(gp(), Referrals.body());
        Referrals.create(gp(), Referrals.body());
        String next =
                as(gp()).queryParam("limit", "1")
                        .get(REFERRALS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("nextCursor");
        assertNotNull(next, "two referrals with limit 1 must give a next cursor");
        as(gp()).queryParam("limit", "1")
                .queryParam("cursor", next)
                .get(REFERRALS)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void errorsNeverLeakJavaClassNames() {
        Response[] responses = {
            postReferral("{\"urgency\": "),
            postReferral(Referrals.with(Referrals.body(), "urgency", "SOMETIME")),
            postReferral(Referrals.with(Referrals.body(), "conditions", "back pain")),
            postReferral(Referrals.with(Referrals.body(), "practitionerId", "not-a-uuid")),
            postReferral(Referrals.with(Referrals.body(), "patient.birthDate", "02/04/1971")),
            as(gp()).queryParam("status", "LOST").get(REFERRALS),
            as(gp()).queryParam("from", "yesterday").get(REFERRALS),
            as(gp()).get("/api/v1/practitioners/not-a-uuid"),
        };
        List<Executable> checks = new ArrayList<>();
        for (Response response : responses) {
            String body = response.asString();
            checks.add(
                    () ->
                            assertTrue(
                                    response.statusCode() >= 400 && response.statusCode() < 500,
                                    response.statusCode() + " " + body));
            checks.add(
                    () -> assertFalse(body.contains("Exception"), "leaks an exception: " + body));
            checks.add(() -> assertFalse(body.contains("org."), "leaks a package name: " + body));
            checks.add(() -> assertFalse(body.contains("java."), "leaks a JDK class: " + body));
            checks.add(() -> assertFalse(body.contains("com.fasterxml"), "leaks Jackson: " + body));
        }
        assertAll(checks);
    }

    @Test
    void referralFieldOfTheWrongShapeNamesTheField() {
        assertProblem(
                        postReferral(
                                Referrals.with(Referrals.body(), "practitionerId", "not-a-uuid")),
                        400,
                        "malformed-request")
                .body("errors.field", hasItem("practitionerId"));
    }
}
