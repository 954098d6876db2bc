package org.socialprescribing.fhir;

import static org.junit.jupiter.api.Assertions.fail;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator with FHIR R4 core and the UK Core and BaRS profiles from the shared conformance
 * folder (never copied into the project), built once per test JVM: it takes seconds to start.
 * Terminology that cannot be expanded offline (SNOMED CT value sets) only warns; an error fails.
 */
public final class FhirConformance {
    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static volatile FhirValidator validator;

    private FhirConformance() {}

    /** Fails the test with every error the validator reports for this JSON resource. */
    public static void assertValid(String json) {
        List<SingleValidationMessage> errors = errors(json);
        if (!errors.isEmpty()) {
            fail(
                    errors.size()
                            + " FHIR validation error(s):\n"
                            + errors.stream()
                                    .map(m -> m.getLocationString() + ": " + m.getMessage())
                                    .collect(Collectors.joining("\n"))
                            + "\nin\n"
                            + json);
        }
    }

    public static List<SingleValidationMessage> errors(String json) {
        ValidationResult result = validator().validateWithResult(json);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }

    public static FhirContext context() {
        return CONTEXT;
    }

    public static IParser json() {
        return CONTEXT.newJsonParser().setPrettyPrint(true);
    }

    /**
     * The conformance folder: {@code sp.fhir.conformance-dir} or {@code SP_FHIR_CONFORMANCE_DIR},
     * else {@code ../shared/fhir} beside the project, else {@code /work/shared/fhir}.
     */
    public static Path folder() {
        String configured = System.getProperty("sp.fhir.conformance-dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("SP_FHIR_CONFORMANCE_DIR");
        }
        List<Path> candidates =
                configured != null && !configured.isBlank()
                        ? List.of(Path.of(configured))
                        : List.of(
                                Path.of(System.getProperty("user.dir"), "..", "shared", "fhir")
                                        .normalize(),
                                Path.of("/work/shared/fhir"));
        return candidates.stream()
                .filter(
                        p ->
                                Files.isDirectory(p.resolve("ukcore"))
                                        && Files.isDirectory(p.resolve("bars")))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "No FHIR conformance folder (with ukcore/ and bars/) at "
                                                + candidates
                                                + ": set -Dsp.fhir.conformance-dir or"
                                                + " SP_FHIR_CONFORMANCE_DIR to the shared fhir"
                                                + " folder"));
    }

    private static FhirValidator validator() {
        FhirValidator current = validator;
        if (current == null) {
            synchronized (FhirConformance.class) {
                current = validator;
                if (current == null) {
                    current = build();
                    validator = current;
                }
            }
        }
        return current;
    }

    private static FhirValidator build() {
        Path folder = folder();
        PrePopulatedValidationSupport profiles = new PrePopulatedValidationSupport(CONTEXT);
        Stream.of(
                        "ukcore/structuredefinitions",
                        "ukcore/valuesets",
                        "ukcore/codesystems",
                        "bars/StructureDefinition",
                        "bars/CodeSystem")
                .map(folder::resolve)
                .forEach(dir -> load(dir, profiles));
        ValidationSupportChain chain =
                new ValidationSupportChain(
                        new DefaultProfileValidationSupport(CONTEXT),
                        profiles,
                        new CommonCodeSystemsTerminologyService(CONTEXT),
                        new InMemoryTerminologyServerValidationSupport(CONTEXT),
                        new SnapshotGeneratingValidationSupport(CONTEXT));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(true);
        return CONTEXT.newValidator().registerValidatorModule(instanceValidator);
    }

    private static void load(Path dir, PrePopulatedValidationSupport profiles) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    IBaseResource resource = CONTEXT.newXmlParser().parseResource(reader);
                    profiles.addResource(resource);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the FHIR conformance files in " + dir, e);
        }
    }
}
