package org.socialprescribing.fhir;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/** The treatment-summary letter back to the GP: DocumentReference, PDF Binary, FHIR document. */
@QuarkusTest
class FhirLetterTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String GP_B = TestTokens.gp(PRACTICE_B);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void theSentLetterIsADocumentReferenceWithThePdfAndAFhirDocument() {
        String referral = sentLetter();
        Response search =
                Fhir.as(GP_A).get("/fhir/DocumentReference?related=ServiceRequest/" + referral);
        search.then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body(
                        "entry[0].resource.subject.identifier.value",
                        equalTo(Referrals.VALID_NHS_NUMBER))
                .body(
                        "entry[0].resource.context.related[0].reference",
                        equalTo("ServiceRequest/" + referral))
                .body(
                        "entry[0].resource.content[0].attachment.contentType",
                        equalTo("application/pdf"))
                .body(
                        "entry[0].resource.contained[0].qualification[0].code.text",
                        startsWith("Registered with British Acupuncture Council"));
        FhirConformance.assertValid(search.asString());
        String letter = search.jsonPath().getString("entry[0].resource.id");

        Response read = Fhir.as(GP_A).get("/fhir/DocumentReference/" + letter);
        read.then().statusCode(200).body("docStatus", equalTo("final"));
        FhirConformance.assertValid(read.asString());

        byte[] pdf =
                Fhir.as(GP_A)
                        .accept("application/pdf")
                        .get("/fhir/Binary/" + letter)
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray();
        assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4)));
        Response binary = Fhir.as(GP_A).get("/fhir/Binary/" + letter);
        binary.then()
                .statusCode(200)
                .body("resourceType", equalTo("Binary"))
                .body("contentType", equalTo("application/pdf"));
        assertEquals(
                "%PDF",
                new String(
                        Arrays.copyOf(
                                Base64.getDecoder().decode(binary.jsonPath().getString("data")),
                                4)));
        FhirConformance.assertValid(binary.asString());

        Response document = Fhir.as(GP_A).get("/fhir/Bundle/" + letter);
        document.then()
                .statusCode(200)
                .body("type", equalTo("document"))
                .body("entry[0].resource.resourceType", equalTo("Composition"))
                .body("entry[0].resource.section.title", hasItem("What was offered"))
                .body("entry[0].resource.section.title", hasItem("What was taken up"))
                .body("entry[0].resource.section.title", hasItem("Outcomes"))
                .body(
                        "entry.resource.findAll { it.resourceType == 'Observation' }.code.coding.flatten().code",
                        hasItem("44261-6"));
        FhirConformance.assertValid(document.asString());
    }

    @Test
    void outcomesNotConsentedForAreWithheld() {
        String referral = sentLetter(false);
        String letter =
                Fhir.as(GP_A)
                        .get("/fhir/DocumentReference?related=ServiceRequest/" + referral)
                        .then()
                        .extract()
                        .path("entry[0].resource.id");
        Response document = Fhir.as(GP_A).get("/fhir/Bundle/" + letter);
        document.then()
                .statusCode(200)
                .body(
                        "entry.resource.findAll { it.resourceType == 'Observation' }.size()",
                        equalTo(0))
                .body(
                        "entry[0].resource.section.find { it.title == 'Outcomes' }.emptyReason.coding[0].code",
                        equalTo("withheld"));
        FhirConformance.assertValid(document.asString());
    }

    @Test
    void anotherPracticeAndADraftAreNotFound() {
        String referral = sentLetter();
        String letter =
                Fhir.as(GP_A)
                        .get("/fhir/DocumentReference?related=ServiceRequest/" + referral)
                        .then()
                        .extract()
                        .path("entry[0].resource.id");
        for (String path : List.of("/fhir/DocumentReference/", "/fhir/Binary/", "/fhir/Bundle/")) {
            Fhir.as(GP_B)
                    .get(path + letter)
                    .then()
                    .statusCode(404)
                    .body("issue[0].details.coding[0].code", equalTo("REC_NOT_FOUND"));
        }
        Fhir.as(GP_B)
                .get("/fhir/DocumentReference?related=ServiceRequest/" + referral)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        String drafted = inTreatment(true);
        Treatment.draft(ACU, drafted, Treatment.letter("STOP")).then().statusCode(201);
        for (String token : List.of(GP_A, ACU)) {
            Fhir.as(token)
                    .get("/fhir/DocumentReference?related=ServiceRequest/" + drafted)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    private static String sentLetter() {
        return sentLetter(true);
    }

    private static String sentLetter(boolean shareOutcomes) {
        String id = inTreatment(shareOutcomes);
        List<Integer> baseline = List.of(2, 2, 2, 2, 2, 1, 1, 1, 0);
        List<Integer> end = List.of(1, 1, 0, 1, 0, 0, 0, 0, 0);
        Treatment.outcome(ACU, id, "PHQ9", "BASELINE", baseline).then().statusCode(201);
        Treatment.outcome(ACU, id, "PHQ9", "END", end).then().statusCode(201);
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        return id;
    }

    private static String inTreatment(boolean shareOutcomes) {
        BarsMessages message = BarsMessages.toAcupuncturist();
        message.shareOutcomes = shareOutcomes;
        String id = FhirReferralTest.created(message);
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");
        return id;
    }
}
