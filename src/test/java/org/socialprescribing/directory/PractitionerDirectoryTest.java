package org.socialprescribing.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Practitioners.PRACTITIONERS;
import static org.socialprescribing.testing.Practitioners.registration;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.TestTokens;

/**
 * Practitioners in the directory: their registrations, the regulation status derived from them, and
 * what the admin may add.
 */
@QuarkusTest
class PractitionerDirectoryTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC); // the API's clock is UTC

    @Test
    void demoOsteopathIsStatutorilyRegulated() {
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + DemoData.OSTEOPATH)
                .then()
                .statusCode(200)
                .body("id", equalTo(DemoData.OSTEOPATH.toString()))
                .body("regulationStatus", equalTo("STATUTORY"))
                .body("therapyCodes", hasItem("OSTEOPATHY"))
                .body("registrations[0].register", equalTo("GOSC"))
                .body("registrations[0].registerKind", equalTo("STATUTORY"))
                .body("registrations[0].current", equalTo(true));
    }

    @Test
    void demoAcupuncturistAndYogaTeacherAreOnAccreditedRegisters() {
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + DemoData.ACUPUNCTURIST)
                .then()
                .statusCode(200)
                .body("regulationStatus", equalTo("ACCREDITED_REGISTER"))
                .body("registrations[0].register", equalTo("BAC"))
                .body("registrations[0].current", equalTo(true));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + DemoData.YOGA_TEACHER)
                .then()
                .statusCode(200)
                .body("regulationStatus", equalTo("ACCREDITED_REGISTER"))
                .body("registrations[0].register", equalTo("CNHC"))
                .body("registrations[0].registerKind", equalTo("ACCREDITED_REGISTER"))
                .body("registrations[0].current", equalTo(true));
    }

    @Test
    void expiredRegistrationMakesPractitionerUnverified() {
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + DemoData.LAPSED_MASSAGE_THERAPIST)
                .then()
                .statusCode(200)
                .body("regulationStatus", equalTo("UNVERIFIED"))
                .body("registrations[0].register", equalTo("CNHC"))
                .body("registrations[0].current", equalTo(false));
    }

    @Test
    void currentButUncheckedRegistrationMakesPractitionerUnverified() {
        Map<String, Object> body =
                Practitioners.body(
                        "Unchecked Osteopath",
                        List.of("OSTEOPATHY"),
                        true,
                        registration("GOSC", null, TODAY.plusYears(1), null));
        as(TestTokens.admin())
                .body(body)
                .post(PRACTITIONERS)
                .then()
                .statusCode(201)
                .header("Location", containsString(PRACTITIONERS + "/"))
                .body("regulationStatus", equalTo("UNVERIFIED"))
                .body("registrations[0].register", equalTo("GOSC"))
                .body("registrations[0].verifiedOn", nullValue())
                .body("registrations[0].current", equalTo(false));
    }

    @Test
    void registrationWithAnotherBodyMakesPractitionerUnverified() {
        Map<String, Object> body =
                Practitioners.body(
                        "Guild Member",
                        List.of("REIKI"),
                        true,
                        registration(
                                "OTHER",
                                "Guild of Reiki Masters",
                                TODAY.plusYears(1),
                                TODAY.minusDays(1)));
        String id = Practitioners.create(body);
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + id)
                .then()
                .statusCode(200)
                .body("regulationStatus", equalTo("UNVERIFIED"))
                .body("registrations[0].register", equalTo("OTHER"))
                .body("registrations[0].registerName", equalTo("Guild of Reiki Masters"))
                .body("registrations[0].registerKind", equalTo("UNRECOGNISED"))
                .body("registrations[0].current", equalTo(false));
    }

    @Test
    void adminAddsAVerifiedStatutoryPractitioner() {
        Map<String, Object> body =
                Practitioners.body(
                        "Verified Chiropractor",
                        List.of("CHIROPRACTIC"),
                        true,
                        registration("GCC", null, TODAY.plusYears(1), TODAY.minusDays(2)));
        Response created = as(TestTokens.admin()).body(body).post(PRACTITIONERS);
        created.then()
                .statusCode(201)
                .body("regulationStatus", equalTo("STATUTORY"))
                .body("registrations[0].registerName", equalTo("General Chiropractic Council"))
                .body("referralResponses.responded", equalTo(0))
                .body("referralResponses.accepted", equalTo(0))
                .body("referralResponses.acceptanceRate", nullValue());
        String id = created.jsonPath().getString("id");
        assertTrue(
                created.header("Location").endsWith(PRACTITIONERS + "/" + id),
                created.header("Location"));
    }

    @Test
    void practitionerOfferingATherapyNotInTheCatalogueIsAnUnknownReference() {
        Map<String, Object> body =
                Practitioners.body(
                        "Crystal Healer",
                        List.of("YOGA", "CRYSTAL_HEALING"),
                        true,
                        registration("CNHC", null, TODAY.plusYears(1), TODAY.minusDays(1)));
        assertProblem(
                        as(TestTokens.admin()).body(body).post(PRACTITIONERS),
                        422,
                        "unknown-reference")
                .body("detail", containsString("CRYSTAL_HEALING"));
    }

    @Test
    void registrationWithAnotherBodyMustNameIt() {
        Map<String, Object> body =
                Practitioners.body(
                        "Unnamed Body Member",
                        List.of("REIKI"),
                        true,
                        registration("OTHER", null, TODAY.plusYears(1), TODAY.minusDays(1)));
        assertProblem(
                        as(TestTokens.admin()).body(body).post(PRACTITIONERS),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("registrations[0].registerName"));
    }

    @Test
    void practitionerWithoutNameOrTherapiesListsEachField() {
        Map<String, Object> body = Practitioners.body("", List.of(), true);
        body.put("acceptingReferrals", null);
        assertProblem(
                        as(TestTokens.admin()).body(body).post(PRACTITIONERS),
                        400,
                        "validation-failed")
                .body(
                        "errors.field",
                        hasItems("displayName", "therapyCodes", "acceptingReferrals"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanAddPractitioners(String role) {
        Map<String, Object> body = Practitioners.body("Not Allowed", List.of("YOGA"), true);
        assertProblem(
                as(TestTokens.forRole(role)).body(body).post(PRACTITIONERS), 403, "forbidden");
    }

    @Test
    void practitionerIdThatIsNotAUuidIsNotFound() {
        assertProblem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(PRACTITIONERS + "/not-a-uuid"),
                404,
                "not-found");
        assertProblem(
                as(TestTokens.admin())
                        .body(Practitioners.body("X", List.of("YOGA"), true))
                        .put(PRACTITIONERS + "/not-a-uuid"),
                404,
                "not-found");
    }

    @Test
    void unknownPractitionerIsNotFound() {
        assertProblem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(PRACTITIONERS + "/" + UUID.randomUUID()),
                404,
                "not-found");
    }
}
