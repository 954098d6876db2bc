package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sessions, outcomes and letters through the API, for tests of the treatment loop. */
public final class Treatment {
    private Treatment() {}

    public static Response book(String token, String referralId, Instant at) {
        return as(token)
                .body(
                        Map.of(
                                "scheduledAt", at.toString(),
                                "durationMinutes", 45,
                                "format", "INDIVIDUAL",
                                "mode", "IN_PERSON",
                                "location", "Riverside Community Clinic"))
                .post("/api/v1/referrals/" + referralId + "/sessions");
    }

    /** Books a session a day ago and records the attendance; returns the session id. */
    public static String pastSession(String token, String referralId, String attendance) {
        String sessionId =
                book(token, referralId, Instant.now().minus(1, ChronoUnit.DAYS))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        attend(token, referralId, sessionId, attendance).then().statusCode(200);
        return sessionId;
    }

    public static Response attend(
            String token, String referralId, String sessionId, String attendance) {
        return as(token)
                .body(Map.of("attendance", attendance))
                .post("/api/v1/referrals/" + referralId + "/sessions/" + sessionId + "/attendance");
    }

    public static Response outcome(
            String token,
            String referralId,
            String measure,
            String timePoint,
            List<Integer> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("measure", measure);
        body.put("timePoint", timePoint);
        body.put("completedOn", java.time.LocalDate.now().toString());
        body.put("answers", answers);
        return as(token).body(body).post("/api/v1/referrals/" + referralId + "/outcomes");
    }

    public static Map<String, Object> letter(String recommendation) {
        Map<String, Object> body = new HashMap<>();
        body.put("summaryOfTreatment", "Six sessions of acupuncture for low back pain.");
        body.put("response", "Pain eased; sleeping better.");
        body.put("adviceGiven", "Keep walking daily; stretches as shown.");
        body.put("recommendation", recommendation);
        body.put("recommendationDetail", "No further sessions needed.");
        return body;
    }

    public static Response draft(String token, String referralId, Map<String, Object> letter) {
        return as(token).body(letter).post("/api/v1/referrals/" + referralId + "/letter");
    }

    public static Response send(String token, String referralId) {
        return as(token).post("/api/v1/referrals/" + referralId + "/letter/send");
    }
}
