package org.socialprescribing.observability;

import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * A whole referral through the API, sending X-Correlation-Id on every call: a direct referral and
 * its retry, one into triage, a stale and a good acceptance, a safety alert, a session, the letter
 * sent and acknowledged, and a prior-approval request approved.
 */
final class ReferralLoop {
    static final String GP_A = TestTokens.gp(PRACTICE_A);
    static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);
    static final String ICB = TestTokens.commissioner("QHM");
    static final String ALERT_TEXT = "Felt faint after the second needle was placed";
    static final String ALERT_ACTION = "Lay the patient down and stopped the session";
    static final String COMMENT = "First session on Monday at the Riverside clinic";

    /** Free text and identifiers the loop sends, none of which may reach a log or a label. */
    static final List<String> SECRETS =
            List.of(
                    Referrals.VALID_NHS_NUMBER,
                    "Jones",
                    "1971-04-02",
                    "NE1 4ST",
                    "07700900123",
                    "Persistent pain despite physiotherapy",
                    "Walk to work without pain",
                    "12 months of low back pain",
                    "Chronic low back pain",
                    "Naproxen",
                    ALERT_TEXT,
                    ALERT_ACTION,
                    COMMENT,
                    "Six sessions of acupuncture",
                    "Keep walking daily",
                    "Failed physiotherapy twice");

    private ReferralLoop() {}

    record Result(String referralId, String schemeId, String planId) {}

    static Result run(String correlationId) {
        Map<String, Object> body = Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE");
        String key = UUID.randomUUID().toString();
        String id = create(correlationId, key, body, 201);
        create(correlationId, key, body, 200);
        create(correlationId, UUID.randomUUID().toString(), Referrals.body(), 201);

        as(ACU).header("X-Correlation-Id", correlationId)
                .header("If-Match", "\"999\"")
                .body(Map.of())
                .post("/api/v1/referrals/" + id + "/accept")
                .then()
                .statusCode(412);
        Referrals.act(ACU, id, "accept", Map.of("comment", COMMENT)).then().statusCode(200);
        Treatment.alert(ACU, id, Treatment.safetyAlert("MEDIUM", ALERT_TEXT, ALERT_ACTION))
                .then()
                .statusCode(201);
        Treatment.pastSession(ACU, id, "ATTENDED");
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        String letterItem =
                as(GP_A).queryParam("referralId", id)
                        .get("/api/v1/inbox")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.find { it.kind == 'LETTER' }.id");
        as(GP_A).header("X-Correlation-Id", correlationId)
                .post("/api/v1/inbox/" + letterItem + "/acknowledge")
                .then()
                .statusCode(200);
        return fundAndApprove(correlationId);
    }

    private static Result fundAndApprove(String correlationId) {
        String scheme = Funding.create(Funding.scheme("PRIOR_APPROVAL", 4000, 6, 100000));
        Map<String, Object> request = Funding.request(scheme);
        request.put("clinicalJustification", "Failed physiotherapy twice; opioids to be avoided");
        String referral = Referrals.sentToAcupuncturist().id();
        String plan =
                Funding.fund(GP_A, referral, request).then().statusCode(201).extract().path("id");
        as(ICB).header("X-Correlation-Id", correlationId)
                .post("/api/v1/funding-requests/" + plan + "/approve")
                .then()
                .statusCode(200);
        return new Result(referral, scheme, plan);
    }

    private static String create(
            String correlationId, String key, Map<String, Object> body, int status) {
        return as(GP_A).header("X-Correlation-Id", correlationId)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/referrals")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }
}
