package org.socialprescribing.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Reports.newIcb;
import static org.socialprescribing.testing.Reports.newPractice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Grouped by a multi-valued dimension (a referral for back pain and anxiety is in the MSK and the
 * MENTAL_HEALTH rows), the rows overlap: the totals count each referral once, pass through the
 * disclosure control themselves, and the report says so. Each test makes its own ICB, so every
 * figure is checked against a hand count.
 */
@QuarkusTest
class OverlappingCellsTest {
    private static final Map<String, String> MSK = Map.of("text", "Back pain", "category", "MSK");
    private static final Map<String, String> MENTAL_HEALTH =
            Map.of("text", "Anxiety", "category", "MENTAL_HEALTH");

    @Test
    void aReferralInTwoCategoriesIsInBothRowsAndOnceInTheTotal() {
        String icb = newIcb();
        String practice = newPractice(icb);
        refer(practice, 8, MSK, MENTAL_HEALTH);
        refer(practice, 5, MSK);
        // MSK 13 -> 15, MENTAL_HEALTH 8 -> 10; the rows add up to 25, the referrals are 13 -> 15
        activity(icb, "CONDITION_CATEGORY")
                .body("cellsOverlap", equalTo(true))
                .body("disclosure", containsString("the cells overlap"))
                .body("rows", hasSize(2))
                .body(received("MSK") + ".value", equalTo(15))
                .body(received("MENTAL_HEALTH") + ".value", equalTo(10))
                .body("totals.referralsReceived.value", equalTo(15))
                .body("totals.referralsReceived.suppressed", equalTo(false));
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .queryParam("groupBy", "PRACTICE,CONDITION_CATEGORY")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("cellsOverlap", equalTo(true))
                .body(cell(practice, "MSK"), equalTo(13))
                .body(cell(practice, "MENTAL_HEALTH"), equalTo(8));
        // grouped by practice the one row does not overlap: the total is its published 15
        activity(icb, "PRACTICE")
                .body("cellsOverlap", equalTo(false))
                .body("disclosure", containsString("totals are the sum of the published cells"))
                .body("totals.referralsReceived.value", equalTo(15));
        assertEquals(
                "false",
                csv(TestTokens.commissioner(icb), "PRACTICE").header("X-Report-Cells-Overlap"));
    }

    @Test
    void theOutcomeAndSpendReportsRowsNeverOverlap() {
        String icb = newIcb();
        as(TestTokens.commissioner(icb))
                .get("/api/v1/reports/outcomes")
                .then()
                .statusCode(200)
                .body("cellsOverlap", equalTo(false));
        as(TestTokens.commissioner(icb))
                .get("/api/v1/reports/spend")
                .then()
                .statusCode(200)
                .body("cellsOverlap", equalTo(false));
    }

    @Test
    void aTotalOfSevenReferralsIsSuppressedThoughEachIsInTwoRows() {
        String icb = newIcb();
        refer(newPractice(icb), 7, MSK, MENTAL_HEALTH);
        // 14 placements in rows, 7 referrals: at the threshold, so suppressed, never 0 or 15
        activity(icb, "CONDITION_CATEGORY")
                .body(received("MSK") + ".suppressed", equalTo(true))
                .body(received("MENTAL_HEALTH") + ".suppressed", equalTo(true))
                .body("totals.referralsReceived.suppressed", equalTo(true))
                .body("totals.referralsReceived.value", nullValue())
                .body("totals.sent.value", equalTo(0));
    }

    @Test
    void aTotalJustAboveTheThresholdIsShownThoughEveryRowIsSuppressed() {
        String icb = newIcb();
        String practice = newPractice(icb);
        refer(practice, 4, MSK);
        refer(practice, 3, MENTAL_HEALTH);
        refer(practice, 1, MSK, MENTAL_HEALTH);
        // MSK 5 and MENTAL_HEALTH 4 are suppressed; the 8 referrals round to 10 (summing the
        // published rows would have said 0)
        activity(icb, "CONDITION_CATEGORY")
                .body(received("MSK") + ".suppressed", equalTo(true))
                .body(received("MENTAL_HEALTH") + ".suppressed", equalTo(true))
                .body("totals.referralsReceived.value", equalTo(10));
        ExtractableResponse<Response> csv = csv(TestTokens.commissioner(icb), "CONDITION_CATEGORY");
        assertEquals("true", csv.header("X-Report-Cells-Overlap"));
        String[] lines = csv.asString().split("\n");
        assertEquals("condition_category,referrals_received", lines[0].substring(0, 37));
        assertEquals("TOTAL,10,", lines[lines.length - 1].substring(0, 9));
    }

    /** The ICB commissioner's activity report, grouped so. */
    private static ValidatableResponse activity(String icb, String groupBy) {
        return as(TestTokens.commissioner(icb))
                .queryParam("groupBy", groupBy)
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200);
    }

    private static ExtractableResponse<Response> csv(String token, String groupBy) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .accept("text/csv")
                .queryParam("groupBy", groupBy)
                .get("/api/v1/reports/activity.csv")
                .then()
                .statusCode(200)
                .extract();
    }

    /** Referrals received in the practice's row of the category, as an admin sees them exact. */
    private static String cell(String practice, String category) {
        return "rows.find { it.group.PRACTICE == '"
                + practice
                + "' && it.group.CONDITION_CATEGORY == '"
                + category
                + "' }.figures.referralsReceived.value";
    }

    private static String received(String category) {
        return "rows.find { it.group.CONDITION_CATEGORY == '"
                + category
                + "' }.figures.referralsReceived";
    }

    @SafeVarargs
    private static void refer(String practice, int count, Map<String, String>... conditions) {
        for (int i = 0; i < count; i++) {
            var body =
                    Referrals.with(
                            Referrals.with(Referrals.body(), "practiceOdsCode", practice),
                            "conditions",
                            List.of(conditions));
            Referrals.create(TestTokens.gp(practice), body);
        }
    }
}
