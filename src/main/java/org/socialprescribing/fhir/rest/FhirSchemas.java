package org.socialprescribing.fhir.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the OpenAPI document shows FHIR bodies: as FHIR R4 resources (the FHIR specification is their
 * schema), and errors as the OperationOutcome BaRS describes.
 */
public final class FhirSchemas {
    private FhirSchemas() {}

    @Schema(
            name = "FhirResource",
            description = "A FHIR R4 resource in JSON (see hl7.org/fhir/R4)",
            additionalProperties = Schema.True.class)
    public record Resource(@Schema(required = true, example = "Bundle") String resourceType) {}

    @Schema(
            name = "OperationOutcome",
            description =
                    "A FHIR R4 OperationOutcome; each issue's details carry the BaRS error code"
                            + " (REC_BAD_REQUEST, REC_UNAUTHORIZED, REC_FORBIDDEN, REC_NOT_FOUND,"
                            + " REC_CONFLICT, REC_UNPROCESSABLE_ENTITY, ...)")
    public record OperationOutcome(
            @Schema(required = true, example = "OperationOutcome") String resourceType,
            @Schema(required = true, description = "A UUID, new for every outcome") String id,
            @Schema(required = true) Meta meta,
            @Schema(required = true) List<Issue> issue) {}

    @Schema(name = "FhirMeta")
    public record Meta(
            @Schema(
                            required = true,
                            description =
                                    "The profile it conforms to:"
                                            + " https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome")
                    List<String> profile) {}

    @Schema(name = "OperationOutcomeIssue")
    public record Issue(
            @Schema(required = true, example = "error") String severity,
            @Schema(required = true, example = "invalid") String code,
            CodeableConcept details,
            String diagnostics,
            @Schema(description = "FHIRPath of the element at fault") List<String> expression) {}

    @Schema(name = "FhirCodeableConcept")
    public record CodeableConcept(List<Coding> coding) {}

    @Schema(name = "FhirCoding")
    public record Coding(
            @Schema(example = "https://fhir.nhs.uk/Codesystem/http-error-codes") String system,
            @Schema(example = "REC_BAD_REQUEST") String code) {}
}
