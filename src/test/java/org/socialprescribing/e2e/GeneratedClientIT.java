package org.socialprescribing.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.client.ApiClient;
import org.socialprescribing.client.ApiException;
import org.socialprescribing.client.ApiResponse;
import org.socialprescribing.client.api.GpInboxApi;
import org.socialprescribing.client.api.ReferralsApi;
import org.socialprescribing.client.api.ReportsApi;
import org.socialprescribing.client.api.TreatmentApi;
import org.socialprescribing.client.api.TreatmentSummaryLetterApi;
import org.socialprescribing.client.model.ActivityReport;
import org.socialprescribing.client.model.Attendance;
import org.socialprescribing.client.model.AttendanceRequest;
import org.socialprescribing.client.model.ConditionCategory;
import org.socialprescribing.client.model.ConditionDetails;
import org.socialprescribing.client.model.Consent;
import org.socialprescribing.client.model.DeliveryMode;
import org.socialprescribing.client.model.InboxItemView;
import org.socialprescribing.client.model.InboxKind;
import org.socialprescribing.client.model.LetterContent;
import org.socialprescribing.client.model.LetterDraft;
import org.socialprescribing.client.model.Note;
import org.socialprescribing.client.model.OutcomeMeasure;
import org.socialprescribing.client.model.OutcomeRequest;
import org.socialprescribing.client.model.OutcomeSummary;
import org.socialprescribing.client.model.PatientDetails;
import org.socialprescribing.client.model.Recommendation;
import org.socialprescribing.client.model.ReferralRequest;
import org.socialprescribing.client.model.ReferralStatus;
import org.socialprescribing.client.model.ReferralView;
import org.socialprescribing.client.model.Referrer;
import org.socialprescribing.client.model.SessionFormat;
import org.socialprescribing.client.model.SessionRequest;
import org.socialprescribing.client.model.SessionView;
import org.socialprescribing.client.model.TimePoint;
import org.socialprescribing.client.model.Urgency;

/**
 * The contract proved by use: a Java client generated from openapi/openapi.yaml at build time
 * (openapi-generator, as a GP system's developers would make one) drives the whole loop against the
 * packaged application and the real Keycloak, with no hand-written HTTP. A document that described
 * the API wrongly would fail here in (de)serialisation or in a type.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {
    private static final UUID ACUPUNCTURIST = UUID.fromString(Fixtures.ACUPUNCTURIST);

    @Test
    void aGpSystemAndAPractitionerCompleteTheLoopWithTheGeneratedClient() throws Exception {
        ApiClient gp = client(KeycloakTokens.user("gp.a81001"));
        ApiClient practitioner = client(KeycloakTokens.user("practitioner.acu"));

        String key = UUID.randomUUID().toString();
        ApiResponse<ReferralView> created =
                new ReferralsApi(gp).referralResourceCreateWithHttpInfo(key, referral());
        assertEquals(201, created.getStatusCode());
        ReferralView referral = created.getData();
        assertEquals(ReferralStatus.SENT, referral.getStatus());
        assertEquals(
                referral.getId(),
                new ReferralsApi(gp).referralResourceCreate(key, referral()).getId(),
                "a retry with the same key is the same referral");

        UUID id = referral.getId();
        ReferralsApi asPractitioner = new ReferralsApi(practitioner);
        ReferralView accepted =
                asPractitioner.referralResourceAccept(
                        id, etag(asPractitioner, id), new Note().comment("First session Monday"));
        assertEquals(ReferralStatus.ACCEPTED, accepted.getStatus());

        TreatmentApi treatment = new TreatmentApi(practitioner);
        SessionView session =
                treatment.sessionResourceBook(
                        id,
                        new SessionRequest()
                                .scheduledAt(accepted.getCreatedAt())
                                .durationMinutes(45)
                                .format(SessionFormat.INDIVIDUAL)
                                .mode(DeliveryMode.REMOTE));
        treatment.sessionResourceRecordAttendance(
                id, session.getId(), new AttendanceRequest().attendance(Attendance.ATTENDED));
        assertEquals(
                ReferralStatus.IN_TREATMENT, asPractitioner.referralResourceGet(id).getStatus());

        treatment.outcomeResourceRecord(id, phq9(TimePoint.BASELINE, 2));
        treatment.outcomeResourceRecord(id, phq9(TimePoint.END, 1));
        OutcomeSummary outcomes = treatment.outcomeResourceSummary(id);
        assertFalse(outcomes.getChanges().isEmpty());

        TreatmentSummaryLetterApi letters = new TreatmentSummaryLetterApi(practitioner);
        letters.letterResourceDraft(
                id,
                new LetterDraft()
                        .summaryOfTreatment("Six sessions of acupuncture")
                        .recommendation(Recommendation.STOP));
        LetterContent sent = letters.letterResourceSend(id, null);
        assertNotNull(sent.getSentAt());
        assertEquals(ReferralStatus.COMPLETED, asPractitioner.referralResourceGet(id).getStatus());

        GpInboxApi inbox = new GpInboxApi(gp);
        InboxItemView letter =
                inbox.inboxResourceList(false, 0, id, 20).getItems().stream()
                        .filter(item -> item.getKind() == InboxKind.LETTER)
                        .findFirst()
                        .orElseThrow();
        assertNotNull(inbox.inboxResourceAcknowledge(letter.getId(), null).getAcknowledgedAt());
        byte[] pdf =
                Files.readAllBytes(
                        new TreatmentSummaryLetterApi(gp).letterResourceReadPdf(id).toPath());
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));

        ActivityReport report =
                new ReportsApi(client(KeycloakTokens.user("commissioner.icb")))
                        .activityReportResourceActivity(
                                LocalDate.now().minusYears(1), List.of("THERAPY"), null, null);
        assertEquals("activity", report.getReport());
        assertFalse(report.getRows().isEmpty());
    }

    @Test
    void aRefusalArrivesAsAProblemTheClientCanRead() throws Exception {
        ApiClient otherPractice = client(KeycloakTokens.user("gp.b82002"));
        try {
            new ReferralsApi(otherPractice).referralResourceGet(UUID.randomUUID());
        } catch (ApiException refused) {
            assertEquals(404, refused.getCode());
            assertTrue(refused.getResponseBody().contains("\"code\":\"not-found\""));
            return;
        }
        throw new AssertionError("expected 404");
    }

    private static String etag(ReferralsApi api, UUID id) throws ApiException {
        return api.referralResourceGetWithHttpInfo(id).getHeaders().get("etag").get(0);
    }

    private static OutcomeRequest phq9(TimePoint when, int answer) {
        return new OutcomeRequest()
                .measure(OutcomeMeasure.PHQ9)
                .timePoint(when)
                .completedOn(LocalDate.now())
                .answers(List.of(answer, answer, answer, answer, answer, answer, 0, 0, 0));
    }

    private static ReferralRequest referral() {
        return new ReferralRequest()
                .practiceOdsCode("A81001")
                .referrer(new Referrer().name("Dr A Patel").professionalCode("G1234567"))
                .patient(
                        new PatientDetails()
                                .nhsNumber("9434765919")
                                .givenName("Sam")
                                .familyName("Jones")
                                .birthDate(LocalDate.of(1971, 4, 2)))
                .addConditionsItem(
                        new ConditionDetails()
                                .text("Chronic low back pain")
                                .category(ConditionCategory.MSK))
                .therapyCode("ACUPUNCTURE")
                .practitionerId(ACUPUNCTURIST)
                .reason("Back pain and low mood despite physiotherapy")
                .urgency(Urgency.ROUTINE)
                .consent(new Consent().referralAgreed(true).shareOutcomesWithGp(true));
    }

    /** A client of the packaged app that sends the caller's bearer token. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
