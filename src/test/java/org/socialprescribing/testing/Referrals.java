package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.demo.DemoData;

/** Referral bodies and shortcuts for driving referrals through the API in tests. */
public final class Referrals {
    public static final String VALID_NHS_NUMBER = "9434765919";
    public static final String OTHER_VALID_NHS_NUMBER = "9912003888";

    private Referrals() {}

    /** A complete, valid referral from practice A81001, awaiting triage; change it with put(). */
    public static Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("practiceOdsCode", DemoData.PRACTICE_A);
        body.put("referrer", Map.of("name", "Dr A Patel", "professionalCode", "G1234567"));
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("nhsNumber", VALID_NHS_NUMBER);
        patient.put("givenName", "Sam");
        patient.put("familyName", "Jones");
        patient.put("birthDate", "1971-04-02");
        patient.put("postcode", "NE1 4ST");
        patient.put("phone", "07700900123");
        patient.put("interpreterLanguage", null);
        body.put("patient", patient);
        body.put(
                "conditions",
                List.of(
                        Map.of(
                                "text",
                                "Chronic low back pain",
                                "snomedCode",
                                "279039007",
                                "category",
                                "MSK"),
                        Map.of("text", "Anxiety", "category", "MENTAL_HEALTH")));
        body.put("reason", "Persistent pain despite physiotherapy; low mood");
        body.put("goals", "Walk to work without pain");
        body.put("clinicalSummary", "12 months of low back pain, no red flags");
        body.put("medications", List.of("Naproxen 500mg"));
        body.put("redFlags", List.of());
        body.put("urgency", "ROUTINE");
        body.put("consent", Map.of("referralAgreed", true, "shareOutcomesWithGp", true));
        body.put("delegationAccepted", false);
        return body;
    }

    public static Map<String, Object> toPractitioner(UUID practitionerId, String therapyCode) {
        Map<String, Object> body = body();
        body.put("practitionerId", practitionerId.toString());
        body.put("therapyCode", therapyCode);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = deepCopy(body);
        String[] parts = path.split("\\.");
        Map<String, Object> target = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) target.get(parts[i]);
            target = next;
        }
        target.put(parts[parts.length - 1], value);
        return copy;
    }

    public static Response post(String token, Map<String, Object> body) {
        return as(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/v1/referrals");
    }

    /** Creates the referral (expecting 201) and returns it. */
    public static Created create(String token, Map<String, Object> body) {
        Response response = post(token, body);
        response.then().statusCode(201);
        return new Created(response.jsonPath().getString("id"), response.header("ETag"));
    }

    /** Takes an action with the referral's current ETag. */
    public static Response act(String token, String id, String action, Map<String, Object> body) {
        String etag =
                as(token)
                        .get("/api/v1/referrals/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        return as(token)
                .header("If-Match", etag)
                .body(body == null ? Map.of() : body)
                .post("/api/v1/referrals/" + id + "/" + action);
    }

    /**
     * A referral already sent to the acupuncturist, and the practitioner token that can act on it.
     */
    public static Created sentToAcupuncturist() {
        return create(
                TestTokens.gp(DemoData.PRACTICE_A),
                toPractitioner(DemoData.ACUPUNCTURIST, "ACUPUNCTURE"));
    }

    public record Created(String id, String etag) {}

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach(
                (key, value) ->
                        copy.put(
                                key,
                                value instanceof Map<?, ?> map
                                        ? deepCopy(new HashMap<>((Map<String, Object>) map))
                                        : value instanceof List<?> list
                                                ? new ArrayList<>(list)
                                                : value));
        return copy;
    }
}
