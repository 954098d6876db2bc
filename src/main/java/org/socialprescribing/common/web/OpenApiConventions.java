package org.socialprescribing.common.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.socialprescribing.common.error.Problem;

/**
 * Documents what every operation shares, so resources only declare what is their own: the error
 * responses (all problem+json), the roles allowed, and the responses of referral lifecycle actions.
 */
public class OpenApiConventions implements OASFilter {
    /** Extension marking a referral lifecycle action; removed from the published document. */
    public static final String REFERRAL_ACTION = "x-referral-action";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /**
     * Paths whose errors are not problem+json but another shape: the FHIR interface answers every
     * error with a FHIR OperationOutcome (its schema is declared by the FHIR resources).
     */
    private static final String FHIR_PREFIX = "/fhir/";

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String OPERATION_OUTCOME_REF = "#/components/schemas/OperationOutcome";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean fhir = path.getKey().startsWith(FHIR_PREFIX);
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), fhir);
            }
        }
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean fhir) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (operation.getExtensions() != null
                && operation.getExtensions().containsKey(REFERRAL_ACTION)) {
            operation.removeExtension(REFERRAL_ACTION);
            responses.addAPIResponse(
                    "200",
                    OASFactory.createAPIResponse()
                            .description(
                                    "The referral after the action, with the actions now open to you")
                            .addHeader(
                                    "ETag",
                                    OASFactory.createHeader()
                                            .schema(
                                                    OASFactory.createSchema()
                                                            .addType(Schema.SchemaType.STRING))));
            problem(responses, "404", "No referral you may see has this id");
            problem(
                    responses,
                    "409",
                    "The referral's status does not allow this action (currentStatus says why)");
            problem(responses, "412", "The If-Match ETag is stale: read the referral again");
            problem(responses, "428", "If-Match is missing");
        }
        if (hasBody
                || hasParameters
                || method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT) {
            problem(responses, "400", "The request is not valid: each invalid field is listed");
        }
        if (hasBody) {
            problem(responses, "413", "The body is too large");
            problem(responses, "415", "The body is not " + (fhir ? FHIR_JSON : "application/json"));
        }
        List<String> roles = roles(operation);
        if (!roles.isEmpty()) {
            problem(responses, "401", "No valid bearer token");
            problem(
                    responses,
                    "403",
                    "Your role is not one of: "
                            + String.join(", ", roles)
                            + " (or your token lacks its organisation claim)");
            String rolesLine = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(
                    description == null ? rolesLine : rolesLine + " " + description);
        }
        problem(responses, "500", "Unexpected error (logged; no details are returned)");
        errors(
                responses,
                fhir ? FHIR_JSON : Problem.MEDIA_TYPE,
                fhir ? OPERATION_OUTCOME_REF : PROBLEM_REF);
    }

    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream()
                .map(SecurityRequirement::getSchemes)
                .filter(schemes -> schemes != null)
                .flatMap(schemes -> schemes.values().stream())
                .flatMap(List::stream)
                .distinct()
                .collect(Collectors.toList());
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                    status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Every 4xx and 5xx has the one error shape of its path: problem+json, or FHIR's. */
    private static void errors(APIResponses responses, String mediaType, String schemaRef) {
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                Content content =
                        OASFactory.createContent()
                                .addMediaType(
                                        mediaType,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema().ref(schemaRef)));
                entry.getValue().setContent(content);
            }
        }
    }
}
