package org.socialprescribing.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The chart under test, rendered in-process by helm-java as `helm template` would. */
final class HelmChart {
    static final Path CHART = Path.of("helm", "social-prescribing-api");
    static final Path PRODUCTION_VALUES = CHART.resolve("ci/production-values.yaml");
    static final YAMLMapper YAML = new YAMLMapper();
    private static final String KUBE_VERSION = "1.30.0";

    private HelmChart() {}

    static UnaryOperator<TemplateCommand> production() {
        return t -> t.withValuesFile(PRODUCTION_VALUES);
    }

    static TemplateCommand template() {
        // Helm's offline default is Kubernetes 1.20; the chart needs 1.25 (policy/v1,
        // autoscaling/v2).
        return new Helm(CHART)
                .template()
                .withName("sp")
                .withNamespace("social-prescribing")
                .withKubeVersion(KUBE_VERSION);
    }

    static List<JsonNode> render(UnaryOperator<TemplateCommand> values) {
        String rendered = values.apply(template()).call();
        try (var parser = YAML.createParser(rendered)) {
            List<JsonNode> manifests = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class)
                    .forEachRemaining(
                            node -> {
                                if (node != null && !node.isNull() && !node.isMissingNode()) {
                                    manifests.add(node);
                                }
                            });
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException("rendered chart is not YAML:\n" + rendered, e);
        }
    }

    static void assertLintClean(Path chart) {
        LintResult result = new Helm(chart).lint().strict().call();
        assertFalse(result.isFailed(), "helm lint --strict: " + result.getMessages());
        assertTrue(
                result.getMessages().stream()
                        .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]")),
                "helm lint --strict: " + result.getMessages());
    }

    static Path copyChart(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }
}
