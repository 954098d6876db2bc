package org.socialprescribing.fhir;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;
import static org.socialprescribing.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.TestTokens;

/** BaRS-shaped referrals in through $process-message, and the referral read back as FHIR. */
@QuarkusTest
class FhirReferralTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String GP_B = TestTokens.gp(PRACTICE_B);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void aBarsReferralIsCreatedAsTheRestApiWouldCreateIt() {
        BarsMessages message = BarsMessages.toAcupuncturist();
        message.nhsNumber = Fhir.nhsNumber();
        String correlationId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        Response response = Fhir.send(GP_A, message.json(), requestId, correlationId);
        response.then()
                .statusCode(200)
                .contentType(startsWith(Fhir.JSON))
                .header("X-Request-Id", requestId)
                .header("X-Correlation-Id", correlationId)
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("message"))
                .body("entry[0].resource.eventCoding.code", equalTo("servicerequest-response"))
                .body("entry[0].resource.response.code", equalTo("ok"))
                .body("entry[1].resource.status", equalTo("active"))
                .body("entry[2].resource.status", equalTo("requested"))
                .body("entry[2].resource.businessStatus.coding[0].code", equalTo("sent"));
        FhirConformance.assertValid(response.asString());

        String id = response.jsonPath().getString("entry[1].resource.id");
        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("conversationId", equalTo(correlationId))
                .body("practiceOdsCode", equalTo(PRACTICE_A))
                .body("referrer.name", equalTo("Dr A Patel"))
                .body("referrer.professionalCode", equalTo("G1234567"))
                .body("patient.nhsNumber", equalTo(message.nhsNumber))
                .body("patient.phone", equalTo("07700 900123"))
                .body("conditions.text", contains("Chronic low back pain", "Anxiety"))
                .body("conditions.category", contains("MSK", "MENTAL_HEALTH"))
                .body("conditions[0].snomedCode", equalTo("279039007"))
                .body("therapyCode", equalTo("ACUPUNCTURE"))
                .body("practitionerId", equalTo(ACUPUNCTURIST.toString()))
                .body("goals", equalTo("Walk to work without pain"))
                .body("medications", contains("Naproxen 500mg"))
                .body("consent.referralAgreed", equalTo(true))
                .body("consent.shareOutcomesWithGp", equalTo(true));
    }

    @Test
    void withoutAPractitionerTheReferralAwaitsTriage() {
        Response response = Fhir.send(GP_A, BarsMessages.referral().json());
        response.then()
                .statusCode(200)
                .body(
                        "entry[2].resource.businessStatus.coding[0].code",
                        equalTo("awaiting-triage"));
        FhirConformance.assertValid(response.asString());
    }

    @Test
    void aRetryWithTheSameRequestIdActsOnce() {
        BarsMessages message = BarsMessages.toAcupuncturist();
        message.nhsNumber = Fhir.nhsNumber();
        String json = message.json();
        String requestId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        String first =
                Fhir.send(GP_A, json, requestId, correlationId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("entry[1].resource.id");
        String second =
                Fhir.send(GP_A, json, requestId, correlationId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("entry[1].resource.id");
        assertEquals(first, second);
        Fhir.as(GP_A)
                .get(
                        "/fhir/ServiceRequest?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|"
                                + message.nhsNumber)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo(first));
    }

    @Test
    void theSameRequestIdWithAnotherMessageIsADuplicate() {
        String requestId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        BarsMessages message = BarsMessages.toAcupuncturist();
        Fhir.send(GP_A, message.json(), requestId, correlationId).then().statusCode(200);
        message.givenName = "Samantha";
        Response duplicate = Fhir.send(GP_A, message.json(), requestId, correlationId);
        duplicate
                .then()
                .statusCode(409)
                .contentType(startsWith(Fhir.JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("duplicate"))
                .body("issue[0].details.coding[0].code", equalTo("REC_CONFLICT"));
        FhirConformance.assertValid(duplicate.asString());
    }

    @Test
    void anInvalidNhsNumberIsRefusedAtTheElementThatCarriesIt() {
        BarsMessages message = BarsMessages.referral();
        message.nhsNumber = "9434765918";
        Response response = Fhir.send(GP_A, message.json());
        response.then()
                .statusCode(400)
                .body("issue[0].details.coding[0].code", equalTo("REC_BAD_REQUEST"))
                .body("issue[0].expression[0]", equalTo("Patient.identifier"))
                .body("issue[0].diagnostics", containsString("not a valid NHS number"));
        FhirConformance.assertValid(response.asString());
    }

    @Test
    void aMissingRequestOrCorrelationIdIsNamed() {
        String json = BarsMessages.referral().json();
        Fhir.send(GP_A, json, null, UUID.randomUUID().toString())
                .then()
                .statusCode(400)
                .body("issue[0].code", equalTo("required"))
                .body("issue[0].expression[0]", equalTo("X-Request-Id"))
                .body("issue[0].details.coding[0].code", equalTo("REC_BAD_REQUEST"));
        Fhir.send(GP_A, json, UUID.randomUUID().toString(), null)
                .then()
                .statusCode(400)
                .body("issue[0].expression[0]", equalTo("X-Correlation-Id"));
        Fhir.send(GP_A, json, "not-a-uuid", UUID.randomUUID().toString())
                .then()
                .statusCode(400)
                .body("issue[0].diagnostics", containsString("must be a UUID"));
    }

    @Test
    void aGpReferrsOnlyForItsOwnPractice() {
        BarsMessages message = BarsMessages.referral();
        message.practiceOdsCode = PRACTICE_A;
        Response response = Fhir.send(GP_B, message.json());
        response.then()
                .statusCode(403)
                .body("issue[0].code", equalTo("forbidden"))
                .body("issue[0].details.coding[0].code", equalTo("REC_FORBIDDEN"));
        FhirConformance.assertValid(response.asString());
    }

    @Test
    void anotherPracticesReferralIsNotFound() {
        String id = created(BarsMessages.toAcupuncturist());
        Response read = Fhir.as(GP_B).get("/fhir/ServiceRequest/" + id);
        read.then()
                .statusCode(404)
                .body("issue[0].code", equalTo("not-found"))
                .body("issue[0].details.coding[0].code", equalTo("REC_NOT_FOUND"));
        FhirConformance.assertValid(read.asString());
        Fhir.as(GP_B)
                .get("/fhir/Task?focus=ServiceRequest/" + id)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Fhir.as(GP_B)
                .get("/fhir/ServiceRequest?identifier=urn:ietf:rfc:3986|urn:uuid:" + id)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Fhir.send(GP_B, cancellation(id, null, "Not needed").json())
                .then()
                .statusCode(404)
                .body("issue[0].details.coding[0].code", equalTo("REC_NOT_FOUND"));
    }

    @Test
    void theReferralReadsBackAsAValidServiceRequest() {
        String id = created(BarsMessages.toAcupuncturist());
        for (String token : List.of(GP_A, ACU, TestTokens.admin())) {
            Response read = Fhir.as(token).get("/fhir/ServiceRequest/" + id);
            read.then()
                    .statusCode(200)
                    .body("resourceType", equalTo("ServiceRequest"))
                    .body("identifier[0].value", equalTo("urn:uuid:" + id))
                    .body("meta.versionId", equalTo("0"))
                    .body("code.coding[0].code", equalTo("ACUPUNCTURE"))
                    .body("performer[0].identifier.value", equalTo(ACUPUNCTURIST.toString()));
            FhirConformance.assertValid(read.asString());
        }
        Response search =
                Fhir.as(GP_A)
                        .get("/fhir/ServiceRequest?identifier=urn:ietf:rfc:3986|urn:uuid:" + id);
        search.then().statusCode(200).body("total", equalTo(1));
        FhirConformance.assertValid(search.asString());
    }

    @Test
    void searchesByNhsNumberComeAPageAtATime() {
        String nhsNumber = Fhir.nhsNumber();
        for (int i = 0; i < 3; i++) {
            BarsMessages message = BarsMessages.referral();
            message.nhsNumber = nhsNumber;
            created(message);
        }
        String query =
                "/fhir/ServiceRequest?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|"
                        + nhsNumber
                        + "&_count=2";
        JsonPath first = Fhir.as(GP_A).get(query).then().statusCode(200).extract().jsonPath();
        assertEquals(2, first.getList("entry").size());
        String next = first.getString("link.find { it.relation == 'next' }.url");
        assertNotNull(next);
        Response page =
                Fhir.as(GP_A).urlEncodingEnabled(false).get(next.substring(next.indexOf("/fhir/")));
        page.then().statusCode(200).body("entry.size()", equalTo(1)).body("total", equalTo(1));
        FhirConformance.assertValid(page.asString());
        Fhir.as(GP_B).get(query).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCancellationMessageCancelsThroughTheLifecycleOnce() {
        String id = created(BarsMessages.toAcupuncturist());
        BarsMessages.Cancellation cancel = cancellation(id, "0", "Patient moved away");
        String json = cancel.json();
        Response response = Fhir.send(GP_A, json);
        response.then()
                .statusCode(200)
                .body("entry[0].resource.reason.coding[0].code", equalTo("update"))
                .body("entry[1].resource.status", equalTo("revoked"))
                .body("entry[2].resource.status", equalTo("cancelled"));
        FhirConformance.assertValid(response.asString());
        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("statusComment", equalTo("Patient moved away"));
        Fhir.send(GP_A, json)
                .then()
                .statusCode(200)
                .body("entry[1].resource.status", equalTo("revoked"));
        as(GP_A).get("/api/v1/referrals/" + id + "/history")
                .then()
                .body("findAll { it.action == 'cancel' }.size()", equalTo(1));
    }

    @Test
    void aCancellationWithAStaleVersionIsAConflict() {
        String id = created(BarsMessages.toAcupuncturist());
        org.socialprescribing.testing.Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Response response = Fhir.send(GP_A, cancellation(id, "0", "No longer needed").json());
        response.then()
                .statusCode(409)
                .body("issue[0].details.coding[0].code", equalTo("REC_CONFLICT"));
        FhirConformance.assertValid(response.asString());
    }

    @Test
    void aPractitionerCannotSendReferrals() {
        Fhir.send(ACU, BarsMessages.referral().json())
                .then()
                .statusCode(403)
                .contentType(startsWith(Fhir.JSON))
                .body("issue[0].details.coding[0].code", equalTo("REC_FORBIDDEN"));
    }

    @Test
    void theOfficialBarsExampleAddressedToThisServiceIsAccepted() throws Exception {
        Bundle example = OfficialExample.addressedHere(PRACTICE_A, "9434765919");
        String json = FhirConformance.json().encodeResourceToString(example);
        // Written for UK Core STU1: two of its codings are not UK Core 2.0.0's, and nothing else.
        List<String> errors =
                FhirConformance.errors(json).stream().map(m -> m.getLocationString()).toList();
        assertEquals(4, errors.size(), errors.toString());
        errors.forEach(
                location ->
                        org.hamcrest.MatcherAssert.assertThat(
                                location,
                                org.hamcrest.Matchers.anyOf(
                                        containsString("Patient/null*/.identifier[0].extension[0]"),
                                        containsString(
                                                "Patient/null*/.communication[0].language"))));
        Response response = Fhir.send(GP_A, json);
        response.then()
                .statusCode(200)
                .body("entry[1].resource.subject.identifier.value", equalTo("9434765919"))
                .body(
                        "entry[2].resource.businessStatus.coding[0].code",
                        equalTo("awaiting-triage"));
        FhirConformance.assertValid(response.asString());
        String id = response.jsonPath().getString("entry[1].resource.id");
        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .body("reason", equalTo("High blood pressure"))
                .body("referrer.name", equalTo("Marcy BLAKE"))
                .body("patient.givenName", equalTo("Julie"))
                .body("patient.postcode", equalTo("LS10 4YU"))
                .body("patient.phone", equalTo("07736312544"))
                .body("consent.referralAgreed", equalTo(true))
                .body("consent.shareOutcomesWithGp", equalTo(false));

        String upgraded =
                FhirConformance.json().encodeResourceToString(OfficialExample.inUkCore2(example));
        FhirConformance.assertValid(upgraded);
        Fhir.send(GP_A, upgraded).then().statusCode(200);
    }

    @Test
    void theOfficialExampleKeepsItsNhsNumberCheckDigitRule() throws Exception {
        Bundle example = OfficialExample.addressedHere(PRACTICE_A, null);
        Fhir.send(GP_A, FhirConformance.json().encodeResourceToString(example))
                .then()
                .statusCode(400)
                .body("issue[0].expression[0]", equalTo("Patient.identifier"));
    }

    @Test
    void aMessageForAnotherServiceOrEventIsUnprocessable() {
        BarsMessages elsewhere = BarsMessages.referral();
        elsewhere.destination = "https://fhir.nhs.uk/Id/dos-service-id|111111111";
        Response response = Fhir.send(GP_A, elsewhere.json());
        response.then()
                .statusCode(422)
                .body("issue[0].details.coding[0].code", equalTo("REC_UNPROCESSABLE_ENTITY"))
                .body("issue[0].diagnostics", containsString("111111111"));
        FhirConformance.assertValid(response.asString());

        Bundle booking = BarsMessages.referral().bundle();
        ((MessageHeader) booking.getEntryFirstRep().getResource())
                .getEventCoding()
                .setCode("booking-request");
        Fhir.send(GP_A, FhirConformance.json().encodeResourceToString(booking))
                .then()
                .statusCode(422)
                .body("issue[0].code", equalTo("not-supported"));
    }

    @Test
    void errorsUnderFhirAreOperationOutcomesWithBarsCodes() {
        Response anonymous = Fhir.as(null).get("/fhir/ServiceRequest/" + UUID.randomUUID());
        anonymous
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith(Fhir.JSON))
                .body("issue[0].details.coding[0].code", equalTo("REC_UNAUTHORIZED"));
        FhirConformance.assertValid(anonymous.asString());
        Fhir.as(TestTokens.expired(PRACTICE_A))
                .get("/fhir/Task?focus=ServiceRequest/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .body("issue[0].details.coding[0].code", equalTo("REC_UNAUTHORIZED"));
        Response commissioner =
                Fhir.as(TestTokens.commissioner(DemoData.ICB))
                        .get("/fhir/ServiceRequest/" + UUID.randomUUID());
        commissioner
                .then()
                .statusCode(403)
                .body("issue[0].details.coding[0].code", equalTo("REC_FORBIDDEN"));
        Fhir.as(TestTokens.token("gp-without-practice", List.of("gp"), java.util.Map.of()))
                .get("/fhir/ServiceRequest/" + UUID.randomUUID())
                .then()
                .statusCode(403)
                .body("issue[0].code", equalTo("security"));
        Fhir.as(GP_A)
                .get("/fhir/Patient/1")
                .then()
                .statusCode(404)
                .contentType(startsWith(Fhir.JSON))
                .body("issue[0].details.coding[0].code", equalTo("REC_NOT_FOUND"));
        Fhir.send(GP_A, "{\"resourceType\": \"Bundle\", \"type\": ")
                .then()
                .statusCode(400)
                .body("issue[0].code", equalTo("structure"));
        Fhir.send(GP_A, "{\"resourceType\": \"Bundle\", \"type\": \"message\", \"colour\": 1}")
                .then()
                .statusCode(400)
                .body("issue[0].details.coding[0].code", equalTo("REC_BAD_REQUEST"));
        Fhir.send(GP_A, "{\"resourceType\": \"Patient\"}")
                .then()
                .statusCode(400)
                .body("issue[0].diagnostics", containsString("Bundle"));
        Fhir.as(GP_A)
                .contentType("application/json")
                .body(BarsMessages.referral().json())
                .urlEncodingEnabled(false)
                .post("/fhir/$process-message")
                .then()
                .statusCode(415)
                .contentType(startsWith(Fhir.JSON));
        as(GP_A).get("/api/v1/referrals/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theCapabilityStatementIsValidAndNeedsAToken() {
        Fhir.as(null).get("/fhir/metadata").then().statusCode(401);
        Response metadata = Fhir.as(TestTokens.commissioner(DemoData.ICB)).get("/fhir/metadata");
        metadata.then()
                .statusCode(200)
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].operation.name", hasItem("process-message"))
                .body(
                        "messaging[0].supportedMessage.definition",
                        hasItem(
                                "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral"));
        FhirConformance.assertValid(metadata.asString());
    }

    @Test
    void theReadmeExampleIsAValidMessageThatRefers() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int start = readme.indexOf("cat > message.json <<'JSON'\n");
        String json =
                readme.substring(
                        readme.indexOf('\n', start) + 1, readme.indexOf("\nJSON\n", start) + 1);
        FhirConformance.assertValid(json);
        Fhir.send(GP_A, json)
                .then()
                .statusCode(200)
                .body("entry[2].resource.businessStatus.coding[0].code", equalTo("sent"));
    }

    static String created(BarsMessages message) {
        return Fhir.send(GP_A, message.json())
                .then()
                .statusCode(200)
                .extract()
                .path("entry[1].resource.id");
    }

    /** A BaRS cancellation: the referral's ServiceRequest, revoked, with reason update. */
    static BarsMessages.Cancellation cancellation(String id, String version, String reason) {
        return new BarsMessages.Cancellation(id, version, reason);
    }
}
