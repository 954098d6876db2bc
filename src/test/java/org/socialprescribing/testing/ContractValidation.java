package org.socialprescribing.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every response a test receives from the API against {@code openapi/openapi.yaml}: its
 * status, media type and body, so an undocumented field, status, media type or null fails the test
 * that produced it. Registered for every test class: as a JUnit extension (auto-detection, which
 * quarkus-junit switches on) and as a Quarkus test callback, since a {@code @QuarkusTest} class
 * sees REST Assured through Quarkus' own class loader.
 *
 * <p>Not installed while the document is being regenerated ({@code -Dopenapi.update=true}).
 *
 * <p>Requests are not checked, since tests send bad requests on purpose. The document is made
 * strict for the check only: an object schema allows no property it does not list.
 */
public final class ContractValidation implements BeforeAllCallback, QuarkusTestBeforeClassCallback {
    private static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    /** A {@code @QuarkusTest} runs in Quarkus' class loader, with REST Assured of its own. */
    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    /** Adds the check to REST Assured's global filters, once per test JVM. */
    public static synchronized void install() {
        if (!installed && !Boolean.getBoolean("openapi.update")) {
            RestAssured.filters(new ApiOnly(new OpenApiValidationFilter(validator())));
            installed = true;
        }
    }

    /**
     * Built with this class's loader as the context loader: the parser finds its extensions by it.
     */
    private static OpenApiInteractionValidator validator() {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ContractValidation.class.getClassLoader());
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(strictDocument())
                    .withLevelResolver(
                            LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .build())
                    .build();
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** The checked-in document with additionalProperties false on every listed object. */
    private static String strictDocument() {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            JsonNode document = yaml.readTree(DOCUMENT.toFile());
            document.path("components").path("schemas").forEach(ContractValidation::closeObjects);
            return yaml.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    private static void closeObjects(JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema instanceof ObjectNode object
                && object.has("properties")
                && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        schema.path("properties").forEach(ContractValidation::closeObjects);
        closeObjects(schema.path("items"));
    }

    /** Only the API's own paths are in the document; health and OpenAPI endpoints are not. */
    private record ApiOnly(Filter check) implements Filter {
        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            String path = request.getDerivedPath();
            boolean documented = path.startsWith("/api/") || path.startsWith("/fhir");
            return documented
                    ? check.filter(request, response, context)
                    : context.next(request, response);
        }
    }
}
