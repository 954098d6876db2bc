package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions, outcomes, safety alerts and letters: their bodies, and driving them through the API.
 */
public final class Treatment {
    private Treatment() {}

    /** A 45-minute individual session in person; change it with put(). */
    public static Map<String, Object> session(Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheduledAt", at.toString());
        body.put("durationMinutes", 45);
        body.put("format", "INDIVIDUAL");
        body.put("mode", "IN_PERSON");
        body.put("location", "Riverside Community Clinic");
        return body;
    }

    public static Map<String, Object> attendance(String attendance) {
        return Map.of("attendance", attendance);
    }

    /** One outcome measure's answers, completed today. */
    public static Map<String, Object> outcomeAnswers(
            String measure, String timePoint, List<Integer> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("measure", measure);
        body.put("timePoint", timePoint);
        body.put("completedOn", LocalDate.now().toString());
        body.put("answers", answers);
        return body;
    }

    public static Map<String, Object> safetyAlert(
            String severity, String whatHappened, String actionTaken) {
        return Map.of(
                "severity", severity, "whatHappened", whatHappened, "actionTaken", actionTaken);
    }

    /** A complete treatment-summary letter with the given recommendation. */
    public static Map<String, Object> letter(String recommendation) {
        Map<String, Object> body = new HashMap<>();
        body.put("summaryOfTreatment", "Six sessions of acupuncture for low back pain.");
        body.put("response", "Pain eased; sleeping better.");
        body.put("adviceGiven", "Keep walking daily; stretches as shown.");
        body.put("recommendation", recommendation);
        body.put("recommendationDetail", "No further sessions needed.");
        return body;
    }

    public static Response book(String token, String referralId, Instant at) {
        return as(token).body(session(at)).post("/api/v1/referrals/" + referralId + "/sessions");
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
                .body(attendance(attendance))
                .post("/api/v1/referrals/" + referralId + "/sessions/" + sessionId + "/attendance");
    }

    public static Response outcome(
            String token,
            String referralId,
            String measure,
            String timePoint,
            List<Integer> answers) {
        return as(token)
                .body(outcomeAnswers(measure, timePoint, answers))
                .post("/api/v1/referrals/" + referralId + "/outcomes");
    }

    public static Response alert(String token, String referralId, Map<String, Object> alert) {
        return as(token).body(alert).post("/api/v1/referrals/" + referralId + "/safety-alerts");
    }

    public static Response draft(String token, String referralId, Map<String, Object> letter) {
        return as(token).body(letter).post("/api/v1/referrals/" + referralId + "/letter");
    }

    public static Response send(String token, String referralId) {
        return as(token).post("/api/v1/referrals/" + referralId + "/letter/send");
    }
}
