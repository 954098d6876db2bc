package org.socialprescribing.directory;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Directory.THERAPIES;
import static org.socialprescribing.testing.Directory.createTherapy;
import static org.socialprescribing.testing.Directory.therapy;
import static org.socialprescribing.testing.Directory.uniqueTherapyCode;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.TestTokens;

/** The therapy catalogue and the registers that assure each therapy. */
@QuarkusTest
class TherapyCatalogueTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner", "admin"})
    void everyRoleCanListTherapies(String role) {
        as(TestTokens.forRole(role))
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
            Map<String, Object> therapy = catalogue.getMap("find { it.code == '" + code + "' }");
            assertNotNull(therapy, code + " is in the catalogue");
            assertNull(therapy.get("snomedCode"), code + " snomedCode");
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
        String code = uniqueTherapyCode("QIGONG");
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
        assertProblem(
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
        String code = uniqueTherapyCode("FORBIDDEN");
        assertProblem(
                as(TestTokens.forRole(role)).body(therapy(code, "Not allowed")).post(THERAPIES),
                403,
                "forbidden");
        assertProblem(as(TestTokens.admin()).get(THERAPIES + "/" + code), 404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanChangeTheCatalogue(String role) {
        assertProblem(
                as(TestTokens.forRole(role))
                        .body(therapy("REIKI", "Renamed"))
                        .put(THERAPIES + "/REIKI"),
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
            assertProblem(
                            as(TestTokens.admin()).body(therapy(bad, "Qigong")).post(THERAPIES),
                            400,
                            "validation-failed")
                    .body("errors.field", hasItem("code"));
        }
    }

    @Test
    void therapyWithoutNameCategoryOrEvidenceListsEachField() {
        Map<String, Object> body = therapy(uniqueTherapyCode("EMPTY"), "");
        body.put("category", null);
        body.put("evidenceSummary", " ");
        assertProblem(as(TestTokens.admin()).body(body).post(THERAPIES), 400, "validation-failed")
                .body("errors.field", hasItems("name", "category", "evidenceSummary"));
    }

    @Test
    void changingATherapysCodeThroughTheBodyIsRefusedNamingTheField() {
        assertProblem(
                        as(TestTokens.admin())
                                .body(therapy("REIKI_TWO", "Reiki"))
                                .put(THERAPIES + "/REIKI"),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void unknownTherapyIsNotFound() {
        assertProblem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(THERAPIES + "/CRYSTAL_HEALING"),
                404,
                "not-found");
        assertProblem(
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
}
