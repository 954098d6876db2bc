package org.socialprescribing.fhir.mapping;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerView;
import org.socialprescribing.directory.therapy.TherapyApi.TherapyView;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.domain.ReferralWorkflowStates;
import org.socialprescribing.referral.domain.ReferralWorkflowStates.WorkflowState;
import org.socialprescribing.referral.domain.Urgency;

/**
 * A referral as FHIR tells it: the ServiceRequest (BaRS's referral profile) and the Task that
 * follows its workflow. Codes are SNOMED CT only where the concept is verified.
 */
public final class OutboundReferral {
    /** Referral to social prescribing service: a referral that awaits the link worker. */
    private static final Coding SOCIAL_PRESCRIBING_REFERRAL =
            new Coding(FhirIds.SNOMED, "871731000000106", "Referral to social prescribing service");

    /** Patient referral to non-physician provider: a referral to a named practitioner. */
    private static final Coding NON_PHYSICIAN_REFERRAL =
            new Coding(FhirIds.SNOMED, "103698003", "Patient referral to non-physician provider");

    private OutboundReferral() {}

    /** The identifier FHIR systems search by: this service's id as a {@code urn:uuid:}. */
    public static Identifier identifier(UUID id) {
        return new Identifier().setSystem(FhirIds.URN_IDS).setValue("urn:uuid:" + id);
    }

    /** The patient by NHS number, as every resource here refers to them. */
    public static Reference patient(ReferralView.Patient patient) {
        return new Reference()
                .setIdentifier(
                        new Identifier()
                                .setSystem(FhirIds.NHS_NUMBER)
                                .setValue(patient.nhsNumber()))
                .setDisplay(patient.givenName() + " " + patient.familyName());
    }

    public static Reference practitioner(UUID id, Optional<PractitionerView> practitioner) {
        Reference reference =
                new Reference()
                        .setType("Practitioner")
                        .setIdentifier(
                                new Identifier()
                                        .setSystem(FhirIds.PRACTITIONER_ID)
                                        .setValue(id.toString()));
        practitioner.ifPresent(p -> reference.setDisplay(p.displayName()));
        return reference;
    }

    public static ServiceRequest serviceRequest(
            ReferralView referral,
            Optional<TherapyView> therapy,
            Optional<PractitionerView> practitioner) {
        WorkflowState state = ReferralWorkflowStates.of(referral.status());
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id().toString());
        request.getMeta()
                .setVersionId(Long.toString(referral.version()))
                .setLastUpdated(Date.from(referral.updatedAt()))
                .addProfile(FhirIds.PROFILE_BARS_SERVICE_REQUEST);
        if (referral.delegationAccepted()) {
            request.addExtension(FhirIds.DELEGATION_ACCEPTED, new BooleanType(true));
        }
        request.addIdentifier(identifier(referral.id()));
        request.setStatus(ServiceRequestStatus.fromCode(state.requestStatus()));
        request.setIntent(ServiceRequestIntent.PLAN);
        request.addCategory(
                new CodeableConcept()
                        .addCoding(
                                new Coding(
                                        FhirIds.BARS_SERVICE_REQUEST_CATEGORY,
                                        "referral",
                                        "Referral"))
                        .addCoding(
                                referral.practitionerId() == null
                                        ? SOCIAL_PRESCRIBING_REFERRAL
                                        : NON_PHYSICIAN_REFERRAL));
        request.setPriority(
                referral.urgency() == Urgency.URGENT
                        ? ServiceRequestPriority.URGENT
                        : ServiceRequestPriority.ROUTINE);
        if (referral.therapyCode() != null) {
            request.setCode(therapy(referral.therapyCode(), therapy));
        }
        request.setSubject(patient(referral.patient()));
        request.setAuthoredOn(Date.from(referral.createdAt()));
        request.setRequester(
                new Reference().setType("Practitioner").setDisplay(referrer(referral.referrer())));
        if (referral.practitionerId() != null) {
            request.addPerformer(practitioner(referral.practitionerId(), practitioner));
        }
        request.addReasonCode(new CodeableConcept().setText(referral.reason()));
        referral.conditions().forEach(c -> request.addReasonCode(condition(c)));
        note(request, "Clinical summary", referral.clinicalSummary());
        note(request, "Goals", referral.goals());
        note(request, "Medications", join(referral.medications()));
        note(request, "Red flags", join(referral.redFlags()));
        return request;
    }

    public static Task task(ReferralView referral, Optional<PractitionerView> practitioner) {
        WorkflowState state = ReferralWorkflowStates.of(referral.status());
        Task task = new Task();
        task.setId(referral.id().toString());
        task.getMeta()
                .setVersionId(Long.toString(referral.version()))
                .setLastUpdated(Date.from(referral.updatedAt()))
                .addProfile(FhirIds.ukCore("Task"));
        task.addIdentifier(identifier(referral.id()));
        task.setStatus(TaskStatus.fromCode(state.taskStatus()));
        task.setBusinessStatus(
                new CodeableConcept(
                                new Coding(
                                        FhirIds.REFERRAL_STATUSES,
                                        state.businessStatus(),
                                        state.businessStatusText()))
                        .setText(state.businessStatusText()));
        if (referral.statusReason() != null || referral.statusComment() != null) {
            CodeableConcept reason = new CodeableConcept().setText(referral.statusComment());
            if (referral.statusReason() != null) {
                reason.addCoding(
                        new Coding()
                                .setSystem(reasonSystem(referral))
                                .setCode(referral.statusReason()));
            }
            task.setStatusReason(reason);
        }
        task.setIntent(TaskIntent.ORDER);
        task.setFocus(new Reference("ServiceRequest/" + referral.id()));
        task.setFor(patient(referral.patient()));
        task.setAuthoredOn(Date.from(referral.createdAt()));
        task.setLastModified(Date.from(referral.updatedAt()));
        task.setRequester(
                new Reference()
                        .setType("Organization")
                        .setIdentifier(
                                new Identifier()
                                        .setSystem(FhirIds.ODS_CODE)
                                        .setValue(referral.practiceOdsCode())));
        if (referral.practitionerId() != null) {
            task.setOwner(practitioner(referral.practitionerId(), practitioner));
        }
        return task;
    }

    private static String reasonSystem(ReferralView referral) {
        return switch (referral.status()) {
            case DECLINED -> FhirIds.DECLINE_REASONS;
            default -> FhirIds.BASE + "/CodeSystem/end-reason";
        };
    }

    private static CodeableConcept therapy(String code, Optional<TherapyView> therapy) {
        CodeableConcept concept = new CodeableConcept();
        concept.addCoding(
                new Coding(FhirIds.THERAPIES, code, therapy.map(TherapyView::name).orElse(null)));
        therapy.map(TherapyView::snomedCode)
                .filter(s -> s != null && !s.isBlank())
                .ifPresent(s -> concept.addCoding(new Coding(FhirIds.SNOMED, s, null)));
        concept.setText(therapy.map(TherapyView::name).orElse(code));
        return concept;
    }

    private static CodeableConcept condition(ReferralView.Condition condition) {
        CodeableConcept concept = new CodeableConcept().setText(condition.text());
        if (condition.snomedCode() != null) {
            concept.addCoding(new Coding(FhirIds.SNOMED, condition.snomedCode(), null));
        }
        concept.addCoding(
                new Coding(
                        FhirIds.CONDITION_CATEGORIES,
                        categoryCode(condition.category()),
                        condition.category().name()));
        return concept;
    }

    /** This service's condition-category code, as {@link InboundClinicalDetails} reads it. */
    public static String categoryCode(ConditionCategory category) {
        return category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String referrer(ReferralView.Referrer referrer) {
        return referrer.professionalCode() == null
                ? referrer.name()
                : referrer.name() + " (" + referrer.professionalCode() + ")";
    }

    private static void note(ServiceRequest request, String label, String text) {
        if (text != null && !text.isBlank()) {
            request.addNote().setText(label + ": " + text);
        }
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }
}
