package org.socialprescribing.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.RawHttp;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Text the production database cannot store (NUL) or that is not text at all (an unpaired UTF-16
 * surrogate, a control character other than tab and line breaks) is refused with 400 naming the
 * field, on every database alike, wherever the API reads text: bodies, query and path parameters,
 * and headers.
 */
@QuarkusTest
class UnstorableTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GP = TestTokens.gp(DemoData.PRACTICE_A);
    private static final String CANNOT_BE_STORED = "cannot be stored";

    @Test
    void nulInAPatientsNameIsRefusedNamingTheField() {
        String key = UUID.randomUUID().toString();
        Response refused =
                postReferral(
                        key,
                        json(Referrals.with(Referrals.body(), "patient.givenName", "Sa\u0000m")));
        assertProblem(refused, 400, "validation-failed")
                .body("errors.field", hasItem("patient.givenName"))
                .body("errors[0].message", containsString(CANNOT_BE_STORED));

        // nothing was stored under that key: a valid retry creates the referral
        postReferral(key, json(Referrals.body())).then().statusCode(201);
    }

    @Test
    void anUnpairedSurrogateInAListIsRefusedNamingTheItem() {
        Map<String, Object> body = Referrals.body();
        body.put("medications", List.of("Naproxen 500mg", "LONE"));
        String text = json(body).replace("\"LONE\"", "\"\\ud800\"");
        assertProblem(postReferral(UUID.randomUUID().toString(), text), 400, "validation-failed")
                .body("errors.field", hasItem("medications[1]"))
                .body("detail", containsString("medications[1]"));
    }

    @Test
    void anUnpairedLowSurrogateIsRefusedToo() {
        String text = json(Referrals.body()).replace("\"Anxiety\"", "\"Anx\\udc00iety\"");
        assertProblem(postReferral(UUID.randomUUID().toString(), text), 400, "validation-failed")
                .body("errors.field", hasItem("conditions[1].text"));
    }

    @Test
    void aControlCharacterInFreeTextIsRefused() {
        String text = json(Referrals.with(Referrals.body(), "clinicalSummary", "pain \u001b[31m"));
        assertProblem(postReferral(UUID.randomUUID().toString(), text), 400, "validation-failed")
                .body("errors.field", hasItem("clinicalSummary"));
    }

    @Test
    void tabsLineBreaksAndPairedSurrogatesAreKept() {
        String summary = "Low back pain\r\n\tworse in the morning \uD83D\uDE1F";
        Response created =
                postReferral(
                        UUID.randomUUID().toString(),
                        json(Referrals.with(Referrals.body(), "clinicalSummary", summary)));
        created.then().statusCode(201).body("clinicalSummary", equalTo(summary));
    }

    @Test
    void nulInAQueryParameterIsRefusedNamingIt() {
        assertProblem(
                        as(GP).urlEncodingEnabled(false).get("/api/v1/practitioners?therapy=%00"),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("therapy"))
                .body("errors[0].message", containsString(CANNOT_BE_STORED));
    }

    @Test
    void nulInAPathParameterIsRefusedNamingIt() {
        assertProblem(
                        as(GP).urlEncodingEnabled(false).get("/api/v1/therapies/YOGA%00"),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void aControlCharacterInAHeaderIsRefusedAndTheKeyStaysUnused() {
        String key = UUID.randomUUID().toString();
        RawHttp.Answer refused =
                RawHttp.send(
                        "POST",
                        "/api/v1/referrals",
                        Map.of(
                                "Authorization", "Bearer " + GP,
                                "Idempotency-Key", key + "\u0007"),
                        json(Referrals.body()).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        postReferral(key, json(Referrals.body())).then().statusCode(201);
    }

    private static Response postReferral(String idempotencyKey, String body) {
        return given().auth()
                .oauth2(GP)
                .contentType("application/json")
                .accept("application/json")
                .header("Idempotency-Key", idempotencyKey)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/referrals");
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
