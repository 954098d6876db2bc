package org.socialprescribing.fhir.mapping;

import static org.socialprescribing.fhir.mapping.Concepts.blankToNull;
import static org.socialprescribing.fhir.mapping.Concepts.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.domain.ConditionCategory;

/**
 * What a BaRS referral says about the patient's health: the conditions it is for, why, the goals,
 * the clinical summary, medications and red flags, each from the resource BaRS puts it in.
 */
final class InboundClinicalDetails {
    private InboundClinicalDetails() {}

    /** The conditions the referral is for: its reasons, else every Condition sent with it. */
    static List<Condition> conditions(BundleIndex index, ServiceRequest request) {
        List<Condition> reasons =
                request.getReasonReference().stream()
                        .map(r -> index.resolve(r, Condition.class))
                        .flatMap(Optional::stream)
                        .toList();
        return reasons.isEmpty() ? index.all(Condition.class) : reasons;
    }

    static ReferralRequest.ConditionDetails condition(Condition condition) {
        CodeableConcept code = condition.getCode();
        String snomed = Concepts.code(code, FhirIds.SNOMED).orElse(null);
        ConditionCategory category =
                condition.getCategory().stream()
                        .map(c -> Concepts.code(c, FhirIds.CONDITION_CATEGORIES))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .map(InboundClinicalDetails::category)
                        .orElse(ConditionCategory.OTHER);
        return new ReferralRequest.ConditionDetails(text(code), snomed, category);
    }

    /** This service's condition-category codes, as {@link OutboundReferral} writes them. */
    private static ConditionCategory category(String code) {
        return switch (code) {
            case "msk" -> ConditionCategory.MSK;
            case "mental-health" -> ConditionCategory.MENTAL_HEALTH;
            default -> ConditionCategory.OTHER;
        };
    }

    /** Why: the request's stated reasons, else the conditions it is for. */
    static String reason(ServiceRequest request, List<Condition> conditions) {
        String stated = joined(request.getReasonCode().stream().map(Concepts::text), "; ");
        if (stated != null) {
            return stated;
        }
        return joined(conditions.stream().map(c -> text(c.getCode())), "; ");
    }

    static String goals(BundleIndex index) {
        return joined(index.all(CarePlan.class).stream().map(CarePlan::getDescription), "\n");
    }

    /** The request's notes, else what BaRS puts in the care plan's activity outcome. */
    static String clinicalSummary(BundleIndex index, ServiceRequest request) {
        String notes = joined(request.getNote().stream().map(Annotation::getText), "\n");
        if (notes != null) {
            return notes;
        }
        return joined(
                index.all(CarePlan.class).stream()
                        .flatMap(p -> p.getActivity().stream())
                        .flatMap(a -> a.getOutcomeCodeableConcept().stream())
                        .map(Concepts::text),
                "\n");
    }

    static List<String> medications(BundleIndex index) {
        return index.all(MedicationStatement.class).stream()
                .map(m -> text(m.getMedicationCodeableConcept()))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Flags still in force. */
    static List<String> redFlags(BundleIndex index) {
        return index.all(Flag.class).stream()
                .filter(f -> f.getStatus() != Flag.FlagStatus.INACTIVE)
                .map(f -> text(f.getCode()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static String joined(Stream<String> texts, String separator) {
        return blankToNull(texts.filter(Objects::nonNull).collect(Collectors.joining(separator)));
    }
}
