package org.socialprescribing.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract cannot break silently: {@code openapi/openapi.yaml} is compared with the last
 * released document kept under {@code openapi/released/}, and any change that would break a client
 * generated from it fails here unless {@code info.version}'s major number went up. Releasing a
 * version means copying the document there as {@code openapi-<version>.yaml}.
 */
class OpenApiCompatibilityTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CURRENT = Path.of("openapi", "openapi.yaml");
    private static final Path RELEASED = Path.of("openapi", "released");

    @Test
    void noChangeBreaksAClientOfTheLastReleaseWithinItsMajorVersion() throws IOException {
        Path released = lastRelease();
        JsonNode before = YAML.readTree(released.toFile());
        JsonNode after = YAML.readTree(CURRENT.toFile());
        int majorBefore = major(before);
        int majorAfter = major(after);
        assertFalse(
                majorAfter < majorBefore,
                "info.version went back from " + version(before) + " to " + version(after));
        if (majorAfter > majorBefore) {
            return; // a new major version may break clients; its release notes say how
        }
        List<String> breaking = ContractChanges.breaking(before, after);
        assertTrue(
                breaking.isEmpty(),
                "openapi/openapi.yaml breaks clients of "
                        + released.getFileName()
                        + " without a new major info.version:\n  "
                        + String.join("\n  ", breaking));
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.filter(f -> f.getFileName().toString().matches("openapi-.*\\.yaml"))
                    .max(Comparator.comparing(OpenApiCompatibilityTest::releaseOrder))
                    .orElseThrow(() -> new AssertionError("no released document in " + RELEASED));
        }
    }

    /** "openapi-2.10.0.yaml" after "openapi-2.9.1.yaml". */
    private static String releaseOrder(Path file) {
        String version = file.getFileName().toString().replaceAll("^openapi-|\\.yaml$", "");
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%06d", Integer.parseInt(part.replaceAll("\\D.*", ""))));
        }
        return key.toString();
    }

    private static String version(JsonNode document) {
        return document.path("info").path("version").asText();
    }

    private static int major(JsonNode document) {
        return Integer.parseInt(version(document).split("\\.")[0]);
    }
}
