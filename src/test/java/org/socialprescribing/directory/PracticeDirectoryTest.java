package org.socialprescribing.directory;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Directory.PRACTICES;
import static org.socialprescribing.testing.Directory.practice;
import static org.socialprescribing.testing.Directory.uniqueOds;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.TestTokens;

/** GP practices in the directory, with their primary care network and ICB. */
@QuarkusTest
class PracticeDirectoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner", "admin"})
    void everyRoleCanListPractices(String role) {
        as(TestTokens.forRole(role))
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
                .body(practice(ods, "Hillside Health Centre", "U00009", DemoData.ICB))
                .post(PRACTICES)
                .then()
                .statusCode(201)
                .header("Location", endsWith(PRACTICES + "/" + ods))
                .body("odsCode", equalTo(ods))
                .body("pcnCode", equalTo("U00009"));
        as(TestTokens.admin())
                .body(practice(ods, "Hillside Medical Group", DemoData.NETWORK_2, DemoData.ICB))
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
        assertProblem(
                as(TestTokens.admin())
                        .body(practice(DemoData.PRACTICE_A, "Another", "U00001", DemoData.ICB))
                        .post(PRACTICES),
                409,
                "already-exists");
        practiceAIsUnchanged();
    }

    @Test
    void practiceWithInvalidCodesListsEachField() {
        assertProblem(
                        as(TestTokens.admin())
                                .body(practice("a81-001", "Bad codes", "u 1", DemoData.ICB))
                                .post(PRACTICES),
                        400,
                        "validation-failed")
                .body("errors.field", hasItems("odsCode", "pcnCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp", "link-worker", "practitioner", "commissioner"})
    void onlyAdminCanAddOrChangePractices(String role) {
        String ods = uniqueOds();
        assertProblem(
                as(TestTokens.forRole(role))
                        .body(practice(ods, "Not allowed", "U00001", DemoData.ICB))
                        .post(PRACTICES),
                403,
                "forbidden");
        assertProblem(
                as(TestTokens.forRole(role))
                        .body(practice(DemoData.PRACTICE_A, "Renamed", "U00001", DemoData.ICB))
                        .put(PRACTICES + "/" + DemoData.PRACTICE_A),
                403,
                "forbidden");
        practiceAIsUnchanged();
    }

    @Test
    void unknownPracticeIsNotFound() {
        String ods = uniqueOds();
        assertProblem(
                as(TestTokens.gp(DemoData.PRACTICE_A)).get(PRACTICES + "/" + ods),
                404,
                "not-found");
        assertProblem(
                as(TestTokens.admin())
                        .body(practice(ods, "Nowhere", "U00001", DemoData.ICB))
                        .put(PRACTICES + "/" + ods),
                404,
                "not-found");
    }

    private static void practiceAIsUnchanged() {
        as(TestTokens.admin())
                .get(PRACTICES + "/" + DemoData.PRACTICE_A)
                .then()
                .statusCode(200)
                .body("name", equalTo("Riverside Surgery"));
    }
}
