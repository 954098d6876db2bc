package org.socialprescribing.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.deploy.HelmChart.CHART;
import static org.socialprescribing.deploy.HelmChart.YAML;
import static org.socialprescribing.deploy.HelmChart.assertLintClean;
import static org.socialprescribing.deploy.HelmChart.copyChart;
import static org.socialprescribing.deploy.HelmChart.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart's monitoring: scrape annotations by default; the ServiceMonitor, the Grafana dashboard
 * and the alert rules only when switched on, and then lint-clean; the Ingress never routes /q.
 */
class HelmObservabilityTest {
    private static final UnaryOperator<TemplateCommand> ALL_ON =
            t ->
                    t.set("metrics.serviceMonitor.enabled", true)
                            .set("metrics.dashboard.enabled", true)
                            .set("metrics.rules.enabled", true)
                            .set("tracing.otlpEndpoint", "http://otel-collector:4317");

    @TempDir Path temp;

    @Test
    void byDefaultPodsCarryScrapeAnnotationsAndNoMonitoringObjectsAreRendered() {
        List<JsonNode> manifests = render(UnaryOperator.identity());
        JsonNode annotations =
                one(manifests, "Deployment").at("/spec/template/metadata/annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText());
        assertEquals("8080", annotations.path("prometheus.io/port").asText());
        assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());
        assertTrue(
                manifests.stream()
                        .map(m -> m.path("kind").asText())
                        .noneMatch(k -> k.equals("ServiceMonitor") || k.equals("PrometheusRule")));
        JsonNode config = one(manifests, "ConfigMap").path("data");
        assertEquals("true", config.path("SP_LOG_JSON").asText());
        assertFalse(config.has("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"), "tracing is off by default");
    }

    @Test
    void switchedOnTheChartRendersTheMonitorDashboardAndAlertRules() throws IOException {
        List<JsonNode> manifests = render(ALL_ON);

        JsonNode endpoint = one(manifests, "ServiceMonitor").at("/spec/endpoints/0");
        assertEquals("http", endpoint.path("port").asText());
        assertEquals("/q/metrics", endpoint.path("path").asText());

        JsonNode dashboardMap =
                manifests.stream()
                        .filter(m -> m.at("/metadata/name").asText().endsWith("-dashboard"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("1", dashboardMap.at("/metadata/labels/grafana_dashboard").asText());
        JsonNode dashboard =
                new ObjectMapper()
                        .readTree(dashboardMap.at("/data/social-prescribing-api.json").asText());
        assertEquals("Social prescribing API", dashboard.path("title").asText());
        assertTrue(
                dashboard.path("panels").toString().contains("sp_funding_scheme_headroom_pence"));

        JsonNode rules = one(manifests, "PrometheusRule").at("/spec/groups/0/rules");
        List<String> alerts = rules.findValuesAsText("alert");
        assertEquals(
                List.of(
                        "SocialPrescribingApiErrorRate",
                        "SocialPrescribingApiSlowOperation",
                        "SocialPrescribingUrgentInboxUnacknowledged",
                        "SocialPrescribingSchemeBudgetLow"),
                alerts);
        assertTrue(rules.get(3).path("expr").asText().contains("< 0.1"), "below 10% of budget");
        assertTrue(rules.get(2).path("expr").asText().contains("urgent=\"true\""));
        assertEquals(
                "http://otel-collector:4317",
                configMap(manifests).path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText());
    }

    @Test
    void switchedOnTheChartPassesStrictLint() throws IOException {
        Path copy = copyChart(temp.resolve("chart"));
        ObjectNode values = (ObjectNode) YAML.readTree(CHART.resolve("values.yaml").toFile());
        ObjectNode metrics = (ObjectNode) values.get("metrics");
        ((ObjectNode) metrics.get("serviceMonitor")).put("enabled", true);
        ((ObjectNode) metrics.get("dashboard")).put("enabled", true);
        ((ObjectNode) metrics.get("rules")).put("enabled", true);
        YAML.writeValue(copy.resolve("values.yaml").toFile(), values);
        assertLintClean(copy);
    }

    @Test
    void anIngressPathThatWouldExposeTheQEndpointsIsRefused() {
        for (String path : List.of("/", "/q", "/q/metrics")) {
            assertThrows(
                    RuntimeException.class,
                    () ->
                            render(
                                    t ->
                                            t.set("ingress.enabled", true)
                                                    .set("ingress.hosts[0].paths[0].path", path)),
                    path);
        }
    }

    private static JsonNode configMap(List<JsonNode> manifests) {
        return manifests.stream()
                .filter(m -> m.path("kind").asText().equals("ConfigMap"))
                .filter(m -> !m.at("/metadata/name").asText().endsWith("-dashboard"))
                .findFirst()
                .orElseThrow()
                .path("data");
    }

    private static JsonNode one(List<JsonNode> manifests, String kind) {
        List<JsonNode> found =
                manifests.stream().filter(m -> kind.equals(m.path("kind").asText())).toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }
}
