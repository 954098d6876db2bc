package org.socialprescribing.directory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Directory.createTherapy;
import static org.socialprescribing.testing.Practitioners.PRACTITIONERS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * A practitioner's answers count referrals, that is patients: every role but admin sees them
 * through the reports' disclosure control (1-7 suppressed, others rounded to the nearest 5, the
 * rate and median absent when built on 1-7); an admin sees them exact.
 */
@QuarkusTest
class ResponseFiguresDisclosureTest {

    @Test
    void sevenAnswersAreSuppressedAndTheEighthShowsThemRounded() {
        Answering edie = answering("EDGE", 6, 1);
        UUID id = edie.id();
        // 7 answered, 6 accepted: at the threshold, so nothing but that they are suppressed
        as(gp()).get(PRACTITIONERS + "/" + id)
                .then()
                .statusCode(200)
                .body("referralResponses.respondedCount.suppressed", equalTo(true))
                .body("referralResponses.respondedCount.value", nullValue())
                .body("referralResponses.acceptedCount.suppressed", equalTo(true))
                .body("referralResponses.responded", equalTo(0))
                .body("referralResponses.accepted", equalTo(0))
                .body("referralResponses.acceptanceRate", nullValue())
                .body("referralResponses.medianResponseHours", nullValue());
        JsonPath exact = read(TestTokens.admin(), id);
        assertEquals(7, exact.getInt("referralResponses.respondedCount.value"));
        assertEquals(6, exact.getInt("referralResponses.acceptedCount.value"));
        assertEquals(6.0 / 7.0, exact.getDouble("referralResponses.acceptanceRate"), 1e-6);

        answer(id, edie.therapy(), 1, "accept");
        // 8 answered -> 10; 7 accepted is still suppressed; the rate is over 8 people: 7/8
        JsonPath eight = read(TestTokens.commissioner("QHM"), id);
        assertEquals(10, eight.getInt("referralResponses.respondedCount.value"));
        assertEquals(10, eight.getInt("referralResponses.responded"));
        assertEquals(true, eight.getBoolean("referralResponses.acceptedCount.suppressed"));
        assertEquals(0, eight.getInt("referralResponses.accepted"));
        assertEquals(0.875, eight.getDouble("referralResponses.acceptanceRate"), 1e-6);
    }

    @Test
    void thirteenAnswersTwelveAcceptedAreFifteenAndTenInTheSearch() {
        String therapy = answering("ROUNDED", 12, 1).therapy();
        as(TestTokens.practitioner(DemoData.ACUPUNCTURIST))
                .queryParam("therapy", therapy)
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("[0].referralResponses.respondedCount.value", equalTo(15))
                .body("[0].referralResponses.acceptedCount.value", equalTo(10))
                .body("[0].referralResponses.responded", equalTo(15))
                .body("[0].referralResponses.accepted", equalTo(10))
                .body("[0].referralResponses.medianResponseHours", notNullValue());
        as(TestTokens.admin())
                .queryParam("therapy", therapy)
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("[0].referralResponses.respondedCount.value", equalTo(13))
                .body("[0].referralResponses.acceptedCount.value", equalTo(12))
                .body("[0].referralResponses.responded", equalTo(13));
    }

    private static String gp() {
        return TestTokens.gp(DemoData.PRACTICE_A);
    }

    private static JsonPath read(String token, UUID id) {
        return as(token).get(PRACTITIONERS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** {@code count} new referrals to the practitioner, each answered with {@code action}. */
    private static void answer(UUID id, String therapy, int count, String action) {
        String me = TestTokens.practitioner(id);
        Map<String, Object> body =
                "decline".equals(action) ? Map.of("reasonCode", "NO_CAPACITY") : null;
        for (int i = 0; i < count; i++) {
            String referral = Referrals.create(gp(), Referrals.toPractitioner(id, therapy)).id();
            Referrals.act(me, referral, action, body).then().statusCode(200);
        }
    }

    /** A practitioner of its own, offering a new therapy, who has answered referrals so. */
    private static Answering answering(String code, int accepted, int declined) {
        String therapy = createTherapy(code);
        UUID id = Practitioners.regulated(therapy);
        answer(id, therapy, accepted, "accept");
        answer(id, therapy, declined, "decline");
        return new Answering(therapy, id);
    }

    private record Answering(String therapy, UUID id) {}
}
