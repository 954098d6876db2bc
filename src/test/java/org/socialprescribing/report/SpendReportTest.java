package org.socialprescribing.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Reports.newFunder;
import static org.socialprescribing.testing.Reports.newIcb;
import static org.socialprescribing.testing.Reports.newPractice;
import static org.socialprescribing.testing.Reports.phq9;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.Reports;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * The spend report over hand-built funders. A commissioned scheme pays the whole 3,000p fee for up
 * to 4 sessions: nine patients each attend one session and improve on the PHQ-9 (15 to 5); eight
 * finish with a letter, so their unspent 9,000p is released and one patient keeps 9,000p committed.
 * By hand: spent 9 x 3,000 = 27,000p; a completed course costs 27,000 / 8 = 3,375p; a patient with
 * a meaningful improvement costs 27,000 / 9 = 3,000p. A charity grant pays 1,000p of the same fee
 * for two patients, each charged 2,000p per session.
 */
@QuarkusTest
class SpendReportTest {
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void eachFigureMatchesTheHandCalculation() {
        Area area = area();
        as(TestTokens.commissioner(area.icbFunder))
                .get("/api/v1/reports/spend")
                .then()
                .statusCode(200)
                .body("report", equalTo("spend"))
                .body("disclosure", containsString("sums of money over 1-7 people are suppressed"))
                .body("rows", hasSize(1))
                .body("rows[0].funderCode", equalTo(area.icbFunder))
                .body("rows[0].schemeId", equalTo(area.commissioned))
                .body("rows[0].route", equalTo("COMMISSIONED"))
                .body("rows[0].therapy", equalTo("ACUPUNCTURE"))
                .body("rows[0].figures.patientsFunded.value", equalTo(10))
                .body("rows[0].figures.committed.pence", equalTo(9000))
                .body("rows[0].figures.spent.pence", equalTo(27000))
                .body("rows[0].figures.patientContributions.pence", equalTo(0))
                .body("rows[0].figures.completedCourses.value", equalTo(10))
                .body("rows[0].figures.costPerCompletedCourse.pence", equalTo(3375))
                .body("rows[0].figures.patientsMeaningfullyImproved.value", equalTo(10))
                .body("rows[0].figures.costPerMeaningfullyImprovedPatient.pence", equalTo(3000))
                .body("totals.patientsFunded.value", equalTo(10))
                .body("totals.spent.pence", equalTo(27000))
                .body("totals.costPerCompletedCourse.pence", equalTo(3375));
    }

    @Test
    void moneyOverOneToSevenPatientsIsSuppressedSoNoContributionTellsAnIncome() {
        Area area = area();
        as(TestTokens.commissioner(area.charity))
                .get("/api/v1/reports/spend")
                .then()
                .statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].route", equalTo("CHARITY_GRANT"))
                .body("rows[0].figures.patientsFunded.suppressed", equalTo(true))
                .body("rows[0].figures.spent.suppressed", equalTo(true))
                .body("rows[0].figures.spent.pence", nullValue())
                .body("rows[0].figures.patientContributions.suppressed", equalTo(true))
                .body("rows[0].figures.costPerCompletedCourse.suppressed", equalTo(false))
                .body("rows[0].figures.costPerCompletedCourse.pence", nullValue())
                // totals add only what is published
                .body("totals.spent.pence", equalTo(0))
                .body("totals.spent.suppressed", equalTo(false))
                .body("totals.patientsFunded.value", equalTo(0));
    }

    @Test
    void anAdminMayAskForUnroundedFigures() {
        Area area = area();
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .get("/api/v1/reports/spend")
                .then()
                .statusCode(200)
                .body(scheme(area.commissioned) + ".figures.patientsFunded.value", equalTo(9))
                .body(scheme(area.commissioned) + ".figures.completedCourses.value", equalTo(8))
                .body(scheme(area.charityGrant) + ".figures.patientsFunded.value", equalTo(2))
                .body(scheme(area.charityGrant) + ".figures.spent.pence", equalTo(2000))
                .body(scheme(area.charityGrant) + ".figures.committed.pence", equalTo(10000))
                .body(
                        scheme(area.charityGrant) + ".figures.patientContributions.pence",
                        equalTo(4000))
                .body("disclosure", containsString("do not publish"));
    }

    @Test
    void aPlanStillAwaitingApprovalWhenItsReferralEndsFundsNothing() {
        String icb = newIcb();
        String practice = newPractice(icb);
        String funder = newFunder("ICB");
        String priorApproval = schemeOf(funder, practice, "PRIOR_APPROVAL");
        String commissioned = schemeOf(funder, practice, "COMMISSIONED");
        String gp = TestTokens.gp(practice);

        String awaiting = referredBy(gp, practice);
        Map<String, Object> request = Funding.request(priorApproval);
        request.put("clinicalJustification", "Failed physiotherapy twice; opioids to be avoided");
        Funding.fund(gp, awaiting, request)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"));
        String funded = referredBy(gp, practice);
        Funding.fund(gp, funded, Funding.request(commissioned))
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"));
        for (String id : List.of(awaiting, funded)) {
            Referrals.act(gp, id, "cancel", Map.of("reason", "Patient moved away"))
                    .then()
                    .statusCode(200);
        }

        // both plans are now closed; only the one that was approved funded its referral
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .get("/api/v1/reports/spend")
                .then()
                .statusCode(200)
                .body(scheme(priorApproval), nullValue())
                .body(scheme(commissioned) + ".figures.patientsFunded.value", equalTo(1));
    }

    @Test
    void aCommissionerSeesOnlyItsOwnSchemesMoney() {
        Area area = area();
        // the ICB's practice had the charity's patients, but the charity's money is the charity's
        as(TestTokens.commissioner(area.icbFunder))
                .get("/api/v1/reports/spend")
                .then()
                .body("rows.schemeId", org.hamcrest.Matchers.contains(area.commissioned));
        as(TestTokens.commissioner(newIcb()))
                .get("/api/v1/reports/spend")
                .then()
                .statusCode(200)
                .body("rows", empty());
        assertProblem(
                as(TestTokens.gp(area.practice)).get("/api/v1/reports/spend"), 403, "forbidden");
        assertProblem(
                as(TestTokens.commissioner(area.icbFunder))
                        .queryParam("unrounded", "true")
                        .get("/api/v1/reports/spend"),
                403,
                "forbidden");
    }

    @Test
    void theSameTableComesAsCsv() {
        Area area = area();
        Reports.CsvReport csv =
                Reports.csv(TestTokens.commissioner(area.icbFunder), "/api/v1/reports/spend");
        List<String> lines = csv.lines();
        assertEquals("spend", csv.header("X-Report"));
        assertEquals("FUNDER,SCHEME,THERAPY", csv.header("X-Report-Grouping"));
        assertEquals(
                "funder_code,funder_name,scheme_id,scheme_name,route,therapy,patients_funded,"
                        + "committed_pence,spent_pence,patient_contributions_pence,"
                        + "completed_courses,cost_per_completed_course_pence,"
                        + "patients_meaningfully_improved,"
                        + "cost_per_meaningfully_improved_patient_pence",
                lines.get(0));
        assertEquals(
                List.of(
                        area.icbFunder
                                + ",Report funder "
                                + area.icbFunder
                                + ","
                                + area.commissioned
                                + ",'=Commissioned acupuncture,COMMISSIONED,ACUPUNCTURE,10,9000,"
                                + "27000,0,10,3375,10,3000",
                        "TOTAL,,,,,,10,9000,27000,0,10,3375,10,3000"),
                lines.subList(1, lines.size()));
    }

    /** Hand-built funders and one practice, as the class comment describes. */
    private record Area(
            String icbFunder,
            String charity,
            String practice,
            String commissioned,
            String charityGrant) {}

    private static Area area() {
        String icb = newIcb();
        String practice = newPractice(icb);
        String icbFunder = newFunder("ICB");
        String charity = newFunder("CHARITY");
        Map<String, Object> commissioned = Funding.scheme("COMMISSIONED", 3000, 4, 1_000_000);
        commissioned.put("funderCode", icbFunder);
        // a name a spreadsheet would take for a formula is quoted in the CSV
        commissioned.put("name", "=Commissioned acupuncture");
        commissioned.put("practiceOdsCodes", List.of(practice));
        Map<String, Object> grant = Funding.charityGrant(charity, 1000, 1_000_000);
        grant.put("practiceOdsCodes", List.of(practice));
        Area area =
                new Area(
                        icbFunder,
                        charity,
                        practice,
                        Funding.create(commissioned),
                        Funding.create(grant));
        for (int i = 0; i < 9; i++) {
            String id = fundedAndAttended(practice, area.commissioned);
            Treatment.outcome(ACU, id, "PHQ9", "BASELINE", phq9(15)).then().statusCode(201);
            Treatment.outcome(ACU, id, "PHQ9", "END", phq9(5)).then().statusCode(201);
            if (i < 8) {
                Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
                Treatment.send(ACU, id).then().statusCode(200);
            }
        }
        for (int i = 0; i < 2; i++) {
            fundedAndAttended(practice, area.charityGrant);
        }
        return area;
    }

    private static String fundedAndAttended(String practice, String scheme) {
        var body =
                Referrals.with(
                        Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"),
                        "practiceOdsCode",
                        practice);
        String gp = TestTokens.gp(practice);
        String id = Referrals.create(gp, body).id();
        Funding.fund(gp, id, Funding.request(scheme)).then().statusCode(201);
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");
        return id;
    }

    private static String schemeOf(String funder, String practice, String route) {
        Map<String, Object> scheme = Funding.scheme(route, 3000, 4, 1_000_000);
        scheme.put("funderCode", funder);
        scheme.put("practiceOdsCodes", List.of(practice));
        return Funding.create(scheme);
    }

    private static String referredBy(String gp, String practice) {
        return Referrals.create(
                        gp,
                        Referrals.with(
                                Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"),
                                "practiceOdsCode",
                                practice))
                .id();
    }

    private static String scheme(String id) {
        return "rows.find { it.schemeId == '" + id + "' }";
    }
}
