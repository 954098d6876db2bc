package org.socialprescribing.report;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Reports.newFunder;
import static org.socialprescribing.testing.Reports.newIcb;
import static org.socialprescribing.testing.Reports.newPractice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.evidence.ReferralEvidenceRepository;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.Reports;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * The value report over nine hand-built courses under one commissioned scheme (3,000p a session,
 * one session each, so spent 27,000p); three are self-referrals the acupuncturist recorded. GP
 * appointments before: 6,5,4,6,5,4,6,5,4 (sum 45); after: 3,3,2,4,2,2,3,3,1 (sum 23). By hand: mean
 * before 5.000, after 2.556; changes -3,-2,-2,-2,-3,-2,-3,-2,-3 (sum -22, squares 56): mean -2.444,
 * sd^2 = (56 - 22^2/9)/8 = 0.27778, half-width 2.306 x sqrt(0.27778/9) = 0.40513, so the 95%
 * interval is -2.850 to -2.039. At 3,600p an appointment: avoided (45 - 23) x 3,600 = 79,200p; net
 * cost per patient (27,000 - 79,200) / 9 = -5,800p. Experience: 5 very good, 2 good, 1 poor, 1
 * don't know: 7 of 8 answers positive = 0.875. Work: 8 off sick at baseline, 6 of them working at
 * the end = 0.750. Nine people round to 10, eight to 10.
 */
@QuarkusTest
class ValueReportTest {
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);
    private static final int[] BEFORE = {6, 5, 4, 6, 5, 4, 6, 5, 4};
    private static final int[] AFTER = {3, 3, 2, 4, 2, 2, 3, 3, 1};
    private static final String[] EXPERIENCE = {
        "VERY_GOOD",
        "VERY_GOOD",
        "VERY_GOOD",
        "VERY_GOOD",
        "VERY_GOOD",
        "GOOD",
        "GOOD",
        "POOR",
        "DONT_KNOW"
    };
    private static final String COMMENT = "The receptionist was rude to me on Tuesday";

    @Inject ReferralEvidenceRepository evidence;

    private static Area area;

    private record Area(String icb, String practice, String funder, String scheme) {}

    @BeforeEach
    void courses() {
        if (area != null) {
            return;
        }
        String icb = newIcb();
        String practice = newPractice(icb);
        String funder = newFunder("ICB");
        Map<String, Object> scheme = Funding.scheme("COMMISSIONED", 3000, 4, 1_000_000);
        scheme.put("funderCode", funder);
        scheme.put("practiceOdsCodes", List.of(practice));
        Area built = new Area(icb, practice, funder, Funding.create(scheme));
        for (int i = 0; i < 9; i++) {
            course(built, i);
        }
        area = built;
    }

    @Test
    void eachFigureMatchesTheHandCalculation() {
        as(TestTokens.commissioner(area.funder))
                .queryParam("appointmentUnitCostPence", "3600")
                .get("/api/v1/reports/value")
                .then()
                .statusCode(200)
                .body("report", equalTo("value"))
                .body("appointmentUnitCostPence", equalTo(3600))
                .body("rows", hasSize(1))
                .body("rows[0].therapy", equalTo("ACUPUNCTURE"))
                .body("rows[0].schemeId", equalTo(area.scheme))
                .body("rows[0].figures.referrals.value", equalTo(10))
                .body("rows[0].figures.patientsWithAppointmentCounts.value", equalTo(10))
                .body("rows[0].figures.meanAppointmentsBefore.value", equalTo(5.0f))
                .body("rows[0].figures.meanAppointmentsAfter.value", equalTo(2.556f))
                .body("rows[0].figures.meanChange.value", equalTo(-2.444f))
                .body("rows[0].figures.meanChangeLow.value", equalTo(-2.85f))
                .body("rows[0].figures.meanChangeHigh.value", equalTo(-2.039f))
                .body("rows[0].figures.spent.pence", equalTo(27000))
                .body("rows[0].figures.appointmentCostAvoided.pence", equalTo(79200))
                .body("rows[0].figures.netCostPerPatient.pence", equalTo(-5800))
                .body("rows[0].figures.experienceAnswers.value", equalTo(10))
                .body("rows[0].figures.positiveExperienceShare.value", equalTo(0.875f))
                .body("rows[0].figures.offSickAtBaseline.value", equalTo(10))
                .body("rows[0].figures.returnedToWorkShare.value", equalTo(0.75f))
                .body("totals.referrals.value", equalTo(10))
                .body("totals.spent.pence", equalTo(27000))
                .body("totals.appointmentCostAvoided.pence", equalTo(79200))
                .body("totals.netCostPerPatient.pence", equalTo(-5800));
    }

    @Test
    void theOutcomeReportGivesTheExperienceAnswersPerTherapy() {
        as(TestTokens.commissioner(area.funder))
                .get("/api/v1/reports/outcomes")
                .then()
                .statusCode(200)
                .body("experience", hasSize(2))
                .body("experience[0].therapy", equalTo("ACUPUNCTURE"))
                .body("experience[0].answers.value", equalTo(10))
                .body("experience[0].positiveShare.value", equalTo(0.875f))
                .body("experience[1].therapy", equalTo("ALL"))
                .body("experience[1].answers.value", equalTo(10));
    }

    @Test
    void withoutAUnitCostTheApiAssumesNoCost() {
        as(TestTokens.commissioner(area.funder))
                .get("/api/v1/reports/value")
                .then()
                .statusCode(200)
                .body("appointmentUnitCostPence", nullValue())
                .body("rows[0].figures.appointmentCostAvoided.pence", nullValue())
                .body("rows[0].figures.appointmentCostAvoided.suppressed", equalTo(false))
                .body("rows[0].figures.netCostPerPatient.pence", nullValue())
                .body("rows[0].figures.spent.pence", equalTo(27000));
    }

    @Test
    void anAdminUnroundedSeesTheExactCounts() {
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .get("/api/v1/reports/value")
                .then()
                .statusCode(200)
                .body(scheme() + ".figures.referrals.value", equalTo(9))
                .body(scheme() + ".figures.patientsWithAppointmentCounts.value", equalTo(9))
                .body(scheme() + ".figures.experienceAnswers.value", equalTo(8))
                .body(scheme() + ".figures.offSickAtBaseline.value", equalTo(8));
    }

    @Test
    void selfReferralsAreCountedUnderTheirSourceInTheActivityReport() {
        as(TestTokens.commissioner(area.icb))
                .get("/api/v1/reports/activity?groupBy=SOURCE")
                .then()
                .statusCode(200)
                .body(
                        "rows.find { it.group.SOURCE == 'GP_PRACTICE' }"
                                + ".figures.referralsReceived.suppressed",
                        equalTo(true))
                .body(
                        "rows.find { it.group.SOURCE == 'SELF_REFERRAL' }"
                                + ".figures.referralsReceived.suppressed",
                        equalTo(true))
                // six and three are both suppressed; the total adds only what is published
                .body("totals.referralsReceived.value", equalTo(0));
        as(TestTokens.commissioner(area.icb))
                .get("/api/v1/reports/activity")
                .then()
                .body("totals.referralsReceived.value", equalTo(10));
    }

    @Test
    void theCsvHasTheSameFiguresAndNeverThePatientsComment() {
        Reports.CsvReport csv =
                Reports.csv(TestTokens.commissioner(area.funder), "/api/v1/reports/value");
        assertEquals("value", csv.header("X-Report"));
        assertEquals("THERAPY,SCHEME", csv.header("X-Report-Grouping"));
        List<String> lines = csv.lines();
        assertEquals(
                "therapy,scheme_id,scheme_name,referrals,patients_with_appointment_counts,"
                        + "mean_appointments_before,mean_appointments_after,mean_change,"
                        + "mean_change_95ci_low,mean_change_95ci_high,spent_pence,"
                        + "appointment_cost_avoided_pence,net_cost_per_patient_pence,"
                        + "experience_answers,positive_experience_share,off_sick_at_baseline,"
                        + "returned_to_work_share",
                lines.get(0));
        assertEquals(
                "ACUPUNCTURE,"
                        + area.scheme
                        + ",COMMISSIONED test scheme,10,10,5.000,2.556,'-2.444,'-2.850,'-2.039,27000,,,"
                        + "10,0.875,10,0.750",
                lines.get(1));
        assertFalse(String.join("\n", lines).contains("receptionist"));
    }

    @Test
    void aCommissionerOfAnotherIcbSeesNothingAndOthersAreRefused() {
        as(TestTokens.commissioner(newIcb()))
                .get("/api/v1/reports/value")
                .then()
                .statusCode(200)
                .body("rows", empty());
        assertProblem(
                as(TestTokens.gp(area.practice)).get("/api/v1/reports/value"), 403, "forbidden");
        assertProblem(
                        as(TestTokens.admin())
                                .queryParam("appointmentUnitCostPence", "0")
                                .get("/api/v1/reports/value"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("appointmentUnitCostPence"));
        assertProblem(
                as(TestTokens.admin())
                        .queryParam("appointmentUnitCostPence", "36.00")
                        .get("/api/v1/reports/value"),
                400,
                "validation-failed");
    }

    /** One course, i of the nine, as the class comment describes. */
    private void course(Area area, int i) {
        String gp = TestTokens.gp(area.practice);
        boolean self = i % 3 == 2;
        Map<String, Object> body =
                Referrals.with(
                        Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"),
                        "practiceOdsCode",
                        area.practice);
        if (self) {
            body.put("source", "SELF_REFERRAL");
            body.put("referrer", Map.of("name", "A Acupuncturist, receiving"));
        }
        String id = Referrals.create(self ? ACU : gp, body).id();
        Funding.fund(self ? ACU : gp, id, Funding.request(area.scheme)).then().statusCode(201);
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        put(ACU, id, "work-status", Map.of("baseline", i < 8 ? "OFF_SICK" : "RETIRED"));
        Treatment.pastSession(ACU, id, "ATTENDED");
        put(ACU, id, "experience", Map.of("answer", EXPERIENCE[i], "comment", COMMENT));
        put(
                ACU,
                id,
                "work-status",
                Map.of("end", i < 6 ? "EMPLOYED_WORKING" : i < 8 ? "OFF_SICK" : "RETIRED"));
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        put(gp, id, "gp-appointments", Map.of("beforeReferral", BEFORE[i]));
        endedSevenMonthsAgo(id);
        put(gp, id, "gp-appointments", Map.of("afterCourse", AFTER[i]));
    }

    private static void put(String token, String id, String what, Map<String, Object> body) {
        as(token)
                .body(body)
                .put("/api/v1/referrals/" + id + "/evidence/" + what)
                .then()
                .statusCode(200);
    }

    /** The API has no clock to move: the course's end is moved back instead. */
    private void endedSevenMonthsAgo(String id) {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                evidence.findById(UUID.fromString(id)).courseEndedAt =
                                        Instant.now().minus(Duration.ofDays(214)));
    }

    private String scheme() {
        return "rows.find { it.schemeId == '" + area.scheme + "' }";
    }
}
