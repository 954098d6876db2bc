package org.socialprescribing.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * The directory: therapy catalogue, GP practices, practitioners with their registrations,
 * registers.
 */
@QuarkusTest
class DirectoryApiTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String THERAPIES = "/api/v1/therapies";
    private static final String PRACTICES = "/api/v1/practices";
    private static final String PRACTITIONERS = "/api/v1/practitioners";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC); // the API's clock is UTC

    private static final List<String> SEEDED_THERAPIES =
            List.of(
                    "ACUPUNCTURE",
                    "OSTEOPATHY",
                    "YOGA",
                    "TAI_CHI",
                    "MINDFULNESS",
                    "MASSAGE",
                    "HOMEOPATHY",
                    "REIKI",
                    "PILATES",
                    "CHIROPRACTIC",
                    "HYPNOTHERAPY",
                    "REFLEXOLOGY",
                    "NUTRITIONAL_THERAPY",
                    "HERBAL_MEDICINE",
                    "MEDITATION",
                    "ALEXANDER_TECHNIQUE");

    // --- Therapy catalogue -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner", "admin"})
    void everyRoleCanListTherapies(String role) {
        as(tokenFor(role))
                .get(THERAPIES)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("code", hasItems("ACUPUNCTURE", "OSTEOPATHY", "YOGA"));
    }

    @Test
    void catalogueHoldsTheUsualTherapiesEachWithCategoryAndEvidence() {
        JsonPath catalogue =
                as(TestTokens.gp(DemoData.PRACTICE_A))
                        .get(THERAPIES)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<String> codes = catalogue.getList("code");
        assertTrue(codes.containsAll(SEEDED_THERAPIES), "catalogue " + codes);
        for (String code : SEEDED_THERAPIES) {
            Map<String, Object> therapy = catalogue.getMap("find { it.code == '" + code + "' }");
            assertNotNull(therapy.get("name"), code + " name");
            assertTrue(
                    List.of("EXERCISE_BASED", "MANUAL", "MIND_BODY", "OTHER")
                            .contains(therapy.get("category")),
                    code + " category " + therapy.get("category"));
            assertTrue(
                    therapy.get("summary") instanceof String s && !s.isBlank(), code + " summary");
            assertTrue(
                    therapy.get("evidenceSummary") instanceof String s && !s.isBlank(),
                    code + " evidence");
        }
    }

    @Test
    void seededTherapiesHaveNoInventedSnomedCode() {
        JsonPath catalogue =
                as(TestTokens.admin()).get(THERAPIES).then().statusCode(200).extract().jsonPath();
        for (String code : SEEDED_THERAPIES) {
            assertNull(
                    catalogue.get("find { it.code == '" + code + "' }.snomedCode"),
                    code + " snomedCode");
        }
    }

    @Test
    void osteopathyIsAssuredByTheStatutoryOsteopathicCouncil() {
        as(TestTokens.linkWorker(DemoData.NETWORK_1))
                .get(THERAPIES + "/OSTEOPATHY")
                .then()
                .statusCode(200)
                .body("code", equalTo("OSTEOPATHY"))
                .body("category", equalTo("MANUAL"))
                .body("snomedCode", nullValue())
                .body("assuringRegisters.code", hasItem("GOSC"))
                .body("assuringRegisters.find { it.code == 'GOSC' }.kind", equalTo("STATUTORY"))
                .body(
                        "assuringRegisters.find { it.code == 'GOSC' }.name",
                        equalTo("General Osteopathic Council"));
    }

    @Test
    void adminAddsATherapyToTheCatalogue() {
        String code = uniqueCode("QIGONG");
        Response created = as(TestTokens.admin()).body(therapy(code, "Qigong")).post(THERAPIES);
        created.then()
                .statusCode(201)
                .header("Location", endsWith(THERAPIES + "/" + code))
                .body("code", equalTo(code))
                .body("name", equalTo("Qigong"))
                .body("category", equalTo("EXERCISE_BASED"))
                .body("assuringRegisters.code", equalTo(List.of("CNHC")))
                .body("assuringRegisters[0].kind", equalTo("ACCREDITED_REGISTER"));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(THERAPIES + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Qigong"));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(THERAPIES)
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
    }

    @Test
    void adminChangesATherapy() {
        String code = createTherapy("SOUND_BATH");
        Map<String, Object> changed = therapy(code, "Sound therapy");
        changed.put("category", "MIND_BODY");
        changed.put("assuringRegisters", List.of("CNHC", "FHT"));
        as(TestTokens.admin())
                .body(changed)
                .put(THERAPIES + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Sound therapy"))
                .body("category", equalTo("MIND_BODY"));
        as(TestTokens.commissioner(DemoData.ICB))
                .get(THERAPIES + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Sound therapy"))
                .body("category", equalTo("MIND_BODY"))
                .body("assuringRegisters.code", hasItems("CNHC", "FHT"));
    }

    @Test
    void addingATherapyWhoseCodeExistsIsAConflict() {
        problem(
                as(TestTokens.admin())
                        .body(therapy("ACUPUNCTURE", "Acupuncture again"))
                        .post(THERAPIES),
                409,
                "already-exists");
        as(TestTokens.admin())
                .get(THERAPIES + "/ACUPUNCTURE")
                .then()
                .statusCode(200)
                .body("name", equalTo("Acupuncture"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanAddToTheCatalogue(String role) {
        String code = uniqueCode("FORBIDDEN");
        problem(
                as(tokenFor(role)).body(therapy(code, "Not allowed")).post(THERAPIES),
                403,
                "forbidden");
        problem(as(TestTokens.admin()).get(THERAPIES + "/" + code), 404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanChangeTheCatalogue(String role) {
        problem(
                as(tokenFor(role)).body(therapy("REIKI", "Renamed")).put(THERAPIES + "/REIKI"),
                403,
                "forbidden");
        as(TestTokens.admin())
                .get(THERAPIES + "/REIKI")
                .then()
                .statusCode(200)
                .body("name", equalTo("Reiki"));
    }

    @Test
    void therapyCodeMustBeUpperCaseWordsJoinedByUnderscores() {
        for (String bad : List.of("qigong", "Qi Gong", "QI-GONG", "QIGONG1", "Q")) {
            problem(
                            as(TestTokens.admin()).body(therapy(bad, "Qigong")).post(THERAPIES),
                            400,
                            "validation-failed")
                    .body("errors.field", hasItem("code"));
        }
    }

    @Test
    void therapyWithoutNameCategoryOrEvidenceListsEachField() {
        Map<String, Object> body = therapy(uniqueCode("EMPTY"), "");
        body.put("category", null);
        body.put("evidenceSummary", " ");
        problem(as(TestTokens.admin()).body(body).post(THERAPIES), 400, "validation-failed")
                .body("errors.field", hasItems("name", "category", "evidenceSummary"));
    }

    @Test
    void changingATherapysCodeThroughTheBodyIsRefusedNamingTheField() {
        problem(
                        as(TestTokens.admin())
                                .body(therapy("REIKI_TWO", "Reiki"))
                                .put(THERAPIES + "/REIKI"),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void unknownTherapyIsNotFound() {
        problem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(THERAPIES + "/CRYSTAL_HEALING"),
                404,
                "not-found");
        problem(
                as(TestTokens.admin())
                        .body(therapy("CRYSTAL_HEALING", "Crystal healing"))
                        .put(THERAPIES + "/CRYSTAL_HEALING"),
                404,
                "not-found");
    }

    // --- Registers ------------------------------------------------------------------------------

    @Test
    void registersListStatutoryRegulatorsAndAccreditedRegisters() {
        as(TestTokens.practitioner(DemoData.YOGA_TEACHER))
                .get("/api/v1/registers")
                .then()
                .statusCode(200)
                .body("find { it.code == 'GOSC' }.kind", equalTo("STATUTORY"))
                .body("find { it.code == 'HCPC' }.kind", equalTo("STATUTORY"))
                .body("find { it.code == 'CNHC' }.kind", equalTo("ACCREDITED_REGISTER"))
                .body("find { it.code == 'BAC' }.kind", equalTo("ACCREDITED_REGISTER"))
                .body(
                        "find { it.code == 'CNHC' }.name",
                        equalTo("Complementary and Natural Healthcare Council"))
                .body("find { it.code == 'OTHER' }.kind", not(equalTo("STATUTORY")))
                .body("find { it.code == 'OTHER' }.kind", not(equalTo("ACCREDITED_REGISTER")));
    }

    // --- GP practices ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner", "admin"})
    void everyRoleCanListPractices(String role) {
        as(tokenFor(role))
                .get(PRACTICES)
                .then()
                .statusCode(200)
                .body("odsCode", hasItems(DemoData.PRACTICE_A, DemoData.PRACTICE_B));
    }

    @Test
    void practicesCanBeFilteredByNetwork() {
        as(TestTokens.linkWorker(DemoData.NETWORK_1))
                .queryParam("pcnCode", DemoData.NETWORK_1)
                .get(PRACTICES)
                .then()
                .statusCode(200)
                .body("odsCode", hasItem(DemoData.PRACTICE_A))
                .body("odsCode", not(hasItem(DemoData.PRACTICE_B)))
                .body("pcnCode", everyItem(equalTo(DemoData.NETWORK_1)));
    }

    @Test
    void practicesCanBeFilteredByIcb() {
        as(TestTokens.commissioner(DemoData.ICB))
                .queryParam("icbCode", DemoData.ICB)
                .get(PRACTICES)
                .then()
                .statusCode(200)
                .body("odsCode", hasItems(DemoData.PRACTICE_A, DemoData.PRACTICE_B))
                .body("icbCode", everyItem(equalTo(DemoData.ICB)));
        as(TestTokens.commissioner(DemoData.ICB))
                .queryParam("icbCode", "ZZZNONE")
                .get(PRACTICES)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPracticeCanBeRead() {
        as(TestTokens.gp(DemoData.PRACTICE_B))
                .get(PRACTICES + "/" + DemoData.PRACTICE_A)
                .then()
                .statusCode(200)
                .body("odsCode", equalTo(DemoData.PRACTICE_A))
                .body("name", equalTo("Riverside Surgery"))
                .body("pcnCode", equalTo(DemoData.NETWORK_1))
                .body("icbCode", equalTo(DemoData.ICB))
                .body("postcode", equalTo("NE1 4ST"));
    }

    @Test
    void adminAddsAndChangesAPractice() {
        String ods = uniqueOds();
        as(TestTokens.admin())
                .body(practice(ods, "Hillside Health Centre", "U00009"))
                .post(PRACTICES)
                .then()
                .statusCode(201)
                .header("Location", endsWith(PRACTICES + "/" + ods))
                .body("odsCode", equalTo(ods))
                .body("pcnCode", equalTo("U00009"));
        as(TestTokens.admin())
                .body(practice(ods, "Hillside Medical Group", DemoData.NETWORK_2))
                .put(PRACTICES + "/" + ods)
                .then()
                .statusCode(200)
                .body("name", equalTo("Hillside Medical Group"))
                .body("pcnCode", equalTo(DemoData.NETWORK_2));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTICES + "/" + ods)
                .then()
                .statusCode(200)
                .body("name", equalTo("Hillside Medical Group"));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .queryParam("pcnCode", DemoData.NETWORK_2)
                .get(PRACTICES)
                .then()
                .statusCode(200)
                .body("odsCode", hasItems(ods, DemoData.PRACTICE_B));
    }

    @Test
    void addingAPracticeWhoseOdsCodeExistsIsAConflict() {
        problem(
                as(TestTokens.admin())
                        .body(practice(DemoData.PRACTICE_A, "Another", "U00001"))
                        .post(PRACTICES),
                409,
                "already-exists");
        as(TestTokens.admin())
                .get(PRACTICES + "/" + DemoData.PRACTICE_A)
                .then()
                .statusCode(200)
                .body("name", equalTo("Riverside Surgery"));
    }

    @Test
    void practiceWithInvalidCodesListsEachField() {
        problem(
                        as(TestTokens.admin())
                                .body(practice("a81-001", "Bad codes", "u 1"))
                                .post(PRACTICES),
                        400,
                        "validation-failed")
                .body("errors.field", hasItems("odsCode", "pcnCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanAddOrChangePractices(String role) {
        String ods = uniqueOds();
        problem(
                as(tokenFor(role)).body(practice(ods, "Not allowed", "U00001")).post(PRACTICES),
                403,
                "forbidden");
        problem(
                as(tokenFor(role))
                        .body(practice(DemoData.PRACTICE_A, "Renamed", "U00001"))
                        .put(PRACTICES + "/" + DemoData.PRACTICE_A),
                403,
                "forbidden");
        as(TestTokens.admin())
                .get(PRACTICES + "/" + DemoData.PRACTICE_A)
                .then()
                .statusCode(200)
                .body("name", equalTo("Riverside Surgery"));
    }

    @Test
    void unknownPracticeIsNotFound() {
        String ods = uniqueOds();
        problem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(PRACTICES + "/" + ods),
                404,
                "not-found");
        problem(
                as(TestTokens.admin())
                        .body(practice(ods, "Nowhere", "U00001"))
                        .put(PRACTICES + "/" + ods),
                404,
                "not-found");
    }

    // --- Practitioners: regulation status -------------------------------------------------------

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
                practitioner(
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
                practitioner(
                        "Guild Member",
                        List.of("REIKI"),
                        true,
                        registration(
                                "OTHER",
                                "Guild of Reiki Masters",
                                TODAY.plusYears(1),
                                TODAY.minusDays(1)));
        String id = createPractitioner(body);
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
                practitioner(
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
                practitioner(
                        "Crystal Healer",
                        List.of("YOGA", "CRYSTAL_HEALING"),
                        true,
                        registration("CNHC", null, TODAY.plusYears(1), TODAY.minusDays(1)));
        problem(as(TestTokens.admin()).body(body).post(PRACTITIONERS), 422, "unknown-reference")
                .body("detail", containsString("CRYSTAL_HEALING"));
    }

    @Test
    void registrationWithAnotherBodyMustNameIt() {
        Map<String, Object> body =
                practitioner(
                        "Unnamed Body Member",
                        List.of("REIKI"),
                        true,
                        registration("OTHER", null, TODAY.plusYears(1), TODAY.minusDays(1)));
        problem(as(TestTokens.admin()).body(body).post(PRACTITIONERS), 400, "validation-failed")
                .body("errors.field", hasItem("registrations[0].registerName"));
    }

    @Test
    void practitionerWithoutNameOrTherapiesListsEachField() {
        Map<String, Object> body = practitioner("", List.of(), true);
        body.put("acceptingReferrals", null);
        problem(as(TestTokens.admin()).body(body).post(PRACTITIONERS), 400, "validation-failed")
                .body(
                        "errors.field",
                        hasItems("displayName", "therapyCodes", "acceptingReferrals"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanAddPractitioners(String role) {
        Map<String, Object> body = practitioner("Not Allowed", List.of("YOGA"), true);
        problem(as(tokenFor(role)).body(body).post(PRACTITIONERS), 403, "forbidden");
    }

    @Test
    void practitionerIdThatIsNotAUuidIsNotFound() {
        problem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(PRACTITIONERS + "/not-a-uuid"),
                404,
                "not-found");
        problem(
                as(TestTokens.admin())
                        .body(practitioner("X", List.of("YOGA"), true))
                        .put(PRACTITIONERS + "/not-a-uuid"),
                404,
                "not-found");
    }

    @Test
    void unknownPractitionerIsNotFound() {
        problem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(PRACTITIONERS + "/" + UUID.randomUUID()),
                404,
                "not-found");
    }

    // --- Practitioners: search -----------------------------------------------------------------

    @Test
    void searchByTherapyFindsOnlyPractitionersOfferingIt() {
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .queryParam("therapy", "OSTEOPATHY")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", hasItem(DemoData.OSTEOPATH.toString()))
                .body("id", not(hasItem(DemoData.ACUPUNCTURIST.toString())))
                .body("therapyCodes", everyItem(hasItem("OSTEOPATHY")));
    }

    @Test
    void searchFiltersByTherapyAcceptingAndRegulationStatusBestAssuredFirst() {
        String therapy = createTherapy("SEARCHABLE");
        String unverified =
                createPractitioner(
                        practitioner(
                                "Aaron Lapsed",
                                List.of(therapy),
                                true,
                                registration(
                                        "CNHC", null, TODAY.minusDays(1), TODAY.minusYears(1))));
        String accredited =
                createPractitioner(
                        practitioner(
                                "Beth Accredited",
                                List.of(therapy, "YOGA"),
                                true,
                                registration(
                                        "CNHC", null, TODAY.plusMonths(6), TODAY.minusDays(3))));
        String statutory =
                createPractitioner(
                        practitioner(
                                "Zed Statutory",
                                List.of(therapy),
                                true,
                                registration(
                                        "HCPC", null, TODAY.plusMonths(6), TODAY.minusDays(3))));
        String closed =
                createPractitioner(
                        practitioner(
                                "Cara Closed",
                                List.of(therapy),
                                false,
                                registration(
                                        "CNHC", null, TODAY.plusMonths(6), TODAY.minusDays(3))));
        String gp = TestTokens.gp(DemoData.PRACTICE_A);

        as(gp).queryParam("therapy", therapy)
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(statutory, accredited, closed, unverified)))
                .body(
                        "regulationStatus",
                        equalTo(
                                List.of(
                                        "STATUTORY",
                                        "ACCREDITED_REGISTER",
                                        "ACCREDITED_REGISTER",
                                        "UNVERIFIED")));
        as(gp).queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "false")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(closed)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "true")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(statutory, accredited, unverified)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("regulationStatus", "STATUTORY")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(statutory)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("regulationStatus", "UNVERIFIED")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(unverified)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "true")
                .queryParam("regulationStatus", "ACCREDITED_REGISTER")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(accredited)));
    }

    @Test
    void searchWithoutTherapyFiltersAcrossTheDirectory() {
        String gp = TestTokens.gp(DemoData.PRACTICE_A);
        as(gp).queryParam("regulationStatus", "UNVERIFIED")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", hasItem(DemoData.LAPSED_MASSAGE_THERAPIST.toString()))
                .body("regulationStatus", everyItem(equalTo("UNVERIFIED")));
        as(gp).queryParam("acceptingReferrals", "true")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body(
                        "id",
                        hasItems(DemoData.OSTEOPATH.toString(), DemoData.YOGA_TEACHER.toString()))
                .body("acceptingReferrals", everyItem(equalTo(true)));
    }

    @Test
    void adminStopsAPractitionerAcceptingReferrals() {
        String therapy = createTherapy("PAUSED");
        Map<String, Object> body =
                practitioner(
                        "Paula Paused",
                        List.of(therapy),
                        true,
                        registration("CNHC", null, TODAY.plusYears(1), TODAY.minusDays(1)));
        String id = createPractitioner(body);
        body.put("acceptingReferrals", false);
        as(TestTokens.admin())
                .body(body)
                .put(PRACTITIONERS + "/" + id)
                .then()
                .statusCode(200)
                .body("acceptingReferrals", equalTo(false));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "true")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void unknownRegulationStatusIsRefusedNamingTheParameter() {
        problem(
                        as(TestTokens.gp(DemoData.PRACTICE_A))
                                .queryParam("regulationStatus", "FOO")
                                .get(PRACTITIONERS),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("regulationStatus"));
    }

    @Test
    void acceptingReferralsThatIsNotTrueOrFalseIsRefusedNamingTheParameter() {
        problem(
                        as(TestTokens.gp(DemoData.PRACTICE_A))
                                .queryParam("acceptingReferrals", "maybe")
                                .get(PRACTITIONERS),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("acceptingReferrals"));
    }

    // --- Practitioners: how they answer referrals ---------------------------------------------

    @Test
    void referralResponsesCountAcceptedAndDeclinedReferrals() {
        String therapy = createTherapy("ANSWERED");
        UUID id =
                UUID.fromString(
                        createPractitioner(
                                practitioner(
                                        "Rita Responder",
                                        List.of(therapy),
                                        true,
                                        registration(
                                                "CNHC",
                                                null,
                                                TODAY.plusYears(1),
                                                TODAY.minusDays(1)))));
        String gp = TestTokens.gp(DemoData.PRACTICE_A);
        String me = TestTokens.practitioner(id);
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            referrals.add(Referrals.create(gp, Referrals.toPractitioner(id, therapy)).id());
        }

        Referrals.act(me, referrals.get(0), "accept", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Referrals.act(me, referrals.get(1), "accept", null).then().statusCode(200);
        Referrals.act(me, referrals.get(2), "decline", Map.of("reasonCode", "NO_CAPACITY"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        // referrals.get(3) is left unanswered: it does not count.

        JsonPath read =
                as(TestTokens.admin())
                        .get(PRACTITIONERS + "/" + id)
                        .then()
                        .statusCode(200)
                        .body("referralResponses.responded", equalTo(3))
                        .body("referralResponses.accepted", equalTo(2))
                        .body("referralResponses.medianResponseHours", notNullValue())
                        .extract()
                        .jsonPath();
        assertEquals(2.0 / 3.0, read.getDouble("referralResponses.acceptanceRate"), 1e-6);
        assertTrue(read.getDouble("referralResponses.medianResponseHours") >= 0);

        JsonPath found =
                as(gp).queryParam("therapy", therapy)
                        .get(PRACTITIONERS)
                        .then()
                        .statusCode(200)
                        .body("size()", equalTo(1))
                        .body("[0].referralResponses.responded", equalTo(3))
                        .body("[0].referralResponses.accepted", equalTo(2))
                        .extract()
                        .jsonPath();
        assertEquals(2.0 / 3.0, found.getDouble("[0].referralResponses.acceptanceRate"), 1e-6);
    }

    @Test
    void practitionerWithNoAnswersYetHasNoAcceptanceRate() {
        String therapy = createTherapy("UNANSWERED");
        UUID id =
                UUID.fromString(
                        createPractitioner(
                                practitioner(
                                        "Nadia New",
                                        List.of(therapy),
                                        true,
                                        registration(
                                                "CNHC",
                                                null,
                                                TODAY.plusYears(1),
                                                TODAY.minusDays(1)))));
        Referrals.create(TestTokens.gp(DemoData.PRACTICE_A), Referrals.toPractitioner(id, therapy));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + id)
                .then()
                .statusCode(200)
                .body("referralResponses.responded", equalTo(0))
                .body("referralResponses.accepted", equalTo(0))
                .body("referralResponses.acceptanceRate", nullValue());
    }

    // --- Helpers -------------------------------------------------------------------------------

    private static ValidatableResponse problem(Response response, int status, String code) {
        return response.then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:social-prescribing:problem:" + code))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("code", equalTo(code));
    }

    private static String tokenFor(String role) {
        return switch (role) {
            case "gp" -> TestTokens.gp(DemoData.PRACTICE_A);
            case "link-worker" -> TestTokens.linkWorker(DemoData.NETWORK_1);
            case "practitioner" -> TestTokens.practitioner(DemoData.ACUPUNCTURIST);
            case "commissioner" -> TestTokens.commissioner(DemoData.ICB);
            case "admin" -> TestTokens.admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** A therapy code no other test uses: upper-case letters and underscores only. */
    private static String uniqueCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 8; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    private static String uniqueOds() {
        return "T" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    private static Map<String, Object> therapy(String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("category", "EXERCISE_BASED");
        body.put("summary", "Slow movement and breathing, in group classes.");
        body.put(
                "evidenceSummary",
                "Small trials suggest benefit for balance; evidence is limited.");
        body.put("niceGuidance", null);
        body.put("snomedCode", null);
        body.put("assuringRegisters", List.of("CNHC"));
        return body;
    }

    private static String createTherapy(String prefix) {
        String code = uniqueCode(prefix);
        as(TestTokens.admin())
                .body(therapy(code, "Test " + prefix))
                .post(THERAPIES)
                .then()
                .statusCode(201);
        return code;
    }

    private static Map<String, Object> practice(String ods, String name, String pcn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("odsCode", ods);
        body.put("name", name);
        body.put("pcnCode", pcn);
        body.put("icbCode", DemoData.ICB);
        body.put("postcode", "NE3 1AA");
        return body;
    }

    @SafeVarargs
    private static Map<String, Object> practitioner(
            String name,
            List<String> therapies,
            boolean accepting,
            Map<String, Object>... registrations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", name);
        body.put("email", "practitioner@example.org");
        body.put("phone", "0191 496 0000");
        body.put("postcode", "NE1 1AA");
        body.put("location", "Newcastle upon Tyne");
        body.put("acceptingReferrals", accepting);
        body.put("therapyCodes", therapies);
        body.put("registrations", Arrays.asList(registrations));
        return body;
    }

    private static Map<String, Object> registration(
            String register, String registerName, LocalDate expiresOn, LocalDate verifiedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("register", register);
        body.put("registerName", registerName);
        body.put("number", register + "-" + ThreadLocalRandom.current().nextInt(100_000));
        body.put("expiresOn", expiresOn.toString());
        body.put("verifiedOn", verifiedOn == null ? null : verifiedOn.toString());
        return body;
    }

    private static String createPractitioner(Map<String, Object> body) {
        return as(TestTokens.admin())
                .body(body)
                .post(PRACTITIONERS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }
}
