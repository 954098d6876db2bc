package org.socialprescribing.common.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.socialprescribing.common.error.Problem;

/**
 * Documents what every operation shares, so resources only declare what is their own: the roles
 * allowed (read from {@code @RolesAllowed}), the error responses every operation can give (400,
 * 401, 403, 404, 406, 413, 415, 500 where they can occur: problem+json, or a FHIR OperationOutcome
 * under /fhir), path identifiers typed as UUIDs, the responses of referral lifecycle actions, and
 * the headers of every CSV download ({@link CsvHeaders}).
 */
public class OpenApiConventions implements OASFilter {
    /** Extension marking a referral lifecycle action; removed from the published document. */
    public static final String REFERRAL_ACTION = "x-referral-action";

    /** Extension listing the realm roles an operation allows, for tools. */
    public static final String ROLES = "x-roles";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String REFERRAL_VIEW_REF = "#/components/schemas/ReferralView";
    private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed");

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
        if (operation.getExtensions() != null
                && operation.getExtensions().containsKey(REFERRAL_ACTION)) {
            operation.removeExtension(REFERRAL_ACTION);
            referralAction(responses);
        }
        List<String> roles = roles(operation);
        typeIdentifiers(operation);
        locateCreated(responses);
        describeCsvHeaders(responses.getAPIResponse("200"));
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody || hasParameters(operation) || method == PathItem.HttpMethod.POST) {
            problem(responses, "400", "The request is not valid: each invalid field is listed");
        }
        if (has(operation, "path")) {
            problem(responses, "404", "Nothing you may see has this identifier");
        }
        if (hasBody) {
            problem(responses, "413", "The body is too large");
            problem(responses, "415", "The body is not in a media type this operation takes");
        }
        if (!roles.isEmpty()) {
            replace(responses, "401", "No valid bearer token");
            replace(
                    responses,
                    "403",
                    "Your role is not one of: "
                            + String.join(", ", roles)
                            + " (or your token lacks its organisation claim)");
        }
        problem(
                responses,
                "406",
                "The Accept header asks for no media type that this operation produces");
        problem(responses, "500", "Unexpected error (logged; no details are returned)");
        errors(
                responses,
                fhir ? FHIR_JSON : Problem.MEDIA_TYPE,
                fhir ? OPERATION_OUTCOME_REF : PROBLEM_REF);
    }

    /** The roles from the resource method, written into the description; the id shortened. */
    private static List<String> roles(Operation operation) {
        return ResourceRoles.of(operation.getOperationId())
                .map(
                        resource -> {
                            operation.setOperationId(resource.operationId());
                            if (!resource.roles().isEmpty()) {
                                String line = "Roles: " + String.join(", ", resource.roles()) + ".";
                                String description = operation.getDescription();
                                operation.setDescription(
                                        description == null ? line : line + " " + description);
                                operation.addExtension(ROLES, resource.roles());
                            }
                            return resource.roles();
                        })
                .orElse(List.of());
    }

    /** What every referral lifecycle action answers. */
    private static void referralAction(APIResponses responses) {
        responses.addAPIResponse(
                "200",
                OASFactory.createAPIResponse()
                        .description(
                                "The referral after the action, with the actions now open to you")
                        .content(
                                OASFactory.createContent()
                                        .addMediaType(
                                                "application/json",
                                                OASFactory.createMediaType()
                                                        .schema(
                                                                OASFactory.createSchema()
                                                                        .ref(REFERRAL_VIEW_REF))))
                        .addHeader(
                                "ETag",
                                OASFactory.createHeader()
                                        .description("The referral's new version")
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

    /**
     * A path parameter named {@code id} or {@code …Id} is a UUID (an id that is not one names
     * nothing: 404); codes ({@code code}, {@code odsCode}) are strings.
     */
    private static void typeIdentifiers(Operation operation) {
        if (!hasParameters(operation)) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String name = parameter.getName();
            if (parameter.getIn() == Parameter.In.PATH
                    && name != null
                    && (name.equals("id") || name.endsWith("Id"))) {
                parameter.setSchema(
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"));
            }
        }
    }

    /** A 201 names the new record's address. */
    private static void locateCreated(APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null
                && (created.getHeaders() == null
                        || !created.getHeaders().containsKey("Location"))) {
            created.addHeader(
                    "Location",
                    OASFactory.createHeader()
                            .description("The new record's address")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    /** A CSV download names its file and says what the report states about itself. */
    private static void describeCsvHeaders(APIResponse ok) {
        if (ok == null
                || ok.getContent() == null
                || ok.getContent().getMediaType(CsvHeaders.MEDIA_TYPE) == null) {
            return;
        }
        for (CsvHeaders.Documented header : CsvHeaders.DOCUMENTED) {
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey(header.name())) {
                Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                ok.addHeader(
                        header.name(),
                        OASFactory.createHeader()
                                .description(header.description())
                                .schema(
                                        header.format() == null
                                                ? schema
                                                : schema.format(header.format())));
            }
        }
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static boolean has(Operation operation, String in) {
        return hasParameters(operation)
                && operation.getParameters().stream()
                        .map(Parameter::getIn)
                        .anyMatch(where -> where != null && where.toString().equals(in));
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                    status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Quarkus adds 401 and 403 with generic words; the API's own say who may call. */
    private static void replace(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || GENERIC.contains(existing.getDescription())) {
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
