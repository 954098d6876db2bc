package org.socialprescribing.fhir;

import static org.hamcrest.Matchers.equalTo;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.ReferralWorkflowStates;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/** The referral's workflow as a FHIR Task, through every status of the lifecycle. */
@QuarkusTest
class FhirWorkflowTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void everyStatusHasARowOfValidFhirCodes() {
        for (ReferralStatus status : ReferralStatus.values()) {
            ReferralWorkflowStates.WorkflowState state = ReferralWorkflowStates.of(status);
            TaskStatus.fromCode(state.taskStatus());
            ServiceRequestStatus.fromCode(state.requestStatus());
        }
    }

    @Test
    void awaitingTriageIsARequestedTask() {
        assertTask(
                FhirReferralTest.created(BarsMessages.referral()),
                "requested",
                "awaiting-triage",
                "active");
    }

    @Test
    void sentIsARequestedTaskWithItsOwner() {
        assertTask(sentToAcupuncturist(), "requested", "sent", "active");
    }

    @Test
    void acceptedIsAnAcceptedTask() {
        assertTask(accepted(), "accepted", "accepted", "active");
    }

    @Test
    void declinedIsARejectedTaskWithItsReason() {
        String id = sentToAcupuncturist();
        Referrals.act(
                        ACU,
                        id,
                        "decline",
                        Map.of("reasonCode", "NO_CAPACITY", "comment", "Full until March"))
                .then()
                .statusCode(200);
        assertTask(id, "rejected", "declined", "active")
                .then()
                .body("entry[0].resource.statusReason.coding[0].code", equalTo("NO_CAPACITY"))
                .body("entry[0].resource.statusReason.text", equalTo("Full until March"));
    }

    @Test
    void inTreatmentIsATaskInProgress() {
        assertTask(inTreatment(), "in-progress", "in-treatment", "active");
    }

    @Test
    void completedIsACompletedTask() {
        String id = inTreatment();
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        assertTask(id, "completed", "completed", "completed");
    }

    @Test
    void endedEarlyIsACompletedTaskWithItsOwnBusinessStatus() {
        String id = accepted();
        Map<String, Object> letter = new java.util.HashMap<>(Treatment.letter("REFER_ELSEWHERE"));
        letter.put("endsEarly", true);
        letter.put("endReason", "PATIENT_WITHDREW");
        Treatment.draft(ACU, id, letter).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        assertTask(id, "completed", "ended-early", "completed")
                .then()
                .body("entry[0].resource.statusReason.coding[0].code", equalTo("PATIENT_WITHDREW"));
    }

    @Test
    void cancelledIsACancelledTaskAndARevokedRequest() {
        String id = sentToAcupuncturist();
        Referrals.act(GP_A, id, "cancel", Map.of("reason", "Patient moved away"))
                .then()
                .statusCode(200);
        assertTask(id, "cancelled", "cancelled", "revoked");
    }

    private static Response assertTask(
            String id, String taskStatus, String businessStatus, String requestStatus) {
        Response task = Fhir.as(GP_A).get("/fhir/Task?focus=ServiceRequest/" + id);
        task.then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("entry[0].resource.status", equalTo(taskStatus))
                .body("entry[0].resource.businessStatus.coding[0].code", equalTo(businessStatus))
                .body("entry[0].resource.focus.reference", equalTo("ServiceRequest/" + id));
        FhirConformance.assertValid(task.asString());
        Response request = Fhir.as(GP_A).get("/fhir/ServiceRequest/" + id);
        request.then().statusCode(200).body("status", equalTo(requestStatus));
        FhirConformance.assertValid(request.asString());
        return task;
    }

    private static String sentToAcupuncturist() {
        return FhirReferralTest.created(BarsMessages.toAcupuncturist());
    }

    private static String accepted() {
        String id = sentToAcupuncturist();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        return id;
    }

    private static String inTreatment() {
        String id = accepted();
        Treatment.pastSession(ACU, id, "ATTENDED");
        return id;
    }
}
