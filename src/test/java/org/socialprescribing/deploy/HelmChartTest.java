package org.socialprescribing.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.deploy.HelmChart.CHART;
import static org.socialprescribing.deploy.HelmChart.PRODUCTION_VALUES;
import static org.socialprescribing.deploy.HelmChart.YAML;
import static org.socialprescribing.deploy.HelmChart.assertLintClean;
import static org.socialprescribing.deploy.HelmChart.copyChart;
import static org.socialprescribing.deploy.HelmChart.production;
import static org.socialprescribing.deploy.HelmChart.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Helm chart in {@code helm/social-prescribing-api}, checked the way a platform team would:
 * {@code helm lint --strict} and {@code helm template} with the default values and with the
 * production-like values in {@code ci/production-values.yaml}, then the rendered manifests. Helm
 * runs in-process (helm-java), so neither a helm binary nor a cluster nor a network is needed. The
 * values schema has its own specification, {@link HelmValuesSchemaTest}.
 */
class HelmChartTest {
    /** Environment variable names that hold secrets, so must never carry a literal value. */
    private static final String SECRET_NAMES = ".*(PASSWORD|SECRET|CREDENTIAL|PRIVATE_KEY).*";

    @TempDir Path temp;

    // --- lint -----------------------------------------------------------------------------------

    @Test
    void chartPassesStrictLintWithDefaultValues() {
        assertLintClean(CHART);
    }

    @Test
    void chartPassesStrictLintWithProductionValues() throws IOException {
        // helm-java's lint takes no values file, so lint a copy whose values.yaml is the defaults
        // overlaid with the production values (what `helm lint --strict -f` does).
        Path copy = copyChart(temp.resolve("chart"));
        ObjectNode merged = (ObjectNode) YAML.readTree(CHART.resolve("values.yaml").toFile());
        merge(merged, (ObjectNode) YAML.readTree(PRODUCTION_VALUES.toFile()));
        YAML.writeValue(copy.resolve("values.yaml").toFile(), merged);
        assertLintClean(copy);
    }

    // --- what is rendered -----------------------------------------------------------------------

    @Test
    void
            defaultValuesRenderAStatelessDeploymentBehindAServiceWithDisruptionBudgetAndNetworkPolicy() {
        List<JsonNode> manifests = render(UnaryOperator.identity());
        assertEquals(
                Set.of(
                        "ServiceAccount",
                        "ConfigMap",
                        "Service",
                        "Deployment",
                        "PodDisruptionBudget",
                        "NetworkPolicy"),
                kinds(manifests));
        JsonNode deployment = only(manifests, "Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        assertEquals("RollingUpdate", deployment.at("/spec/strategy/type").asText());
        assertEquals(
                0,
                deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(),
                "a rolling update never drops below the wanted number of ready pods");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertSelects(only(manifests, "Service").at("/spec/selector"), podLabels, "Service");
        assertSelects(
                only(manifests, "PodDisruptionBudget").at("/spec/selector/matchLabels"),
                podLabels,
                "PDB");
        assertSelects(
                only(manifests, "NetworkPolicy").at("/spec/podSelector/matchLabels"),
                podLabels,
                "NetworkPolicy");
        assertEquals("http", only(manifests, "Service").at("/spec/ports/0/targetPort").asText());
    }

    @Test
    void productionValuesAddIngressAndAutoscalerThatOwnsTheReplicaCount() {
        List<JsonNode> manifests = render(production());
        assertTrue(
                kinds(manifests).containsAll(Set.of("Ingress", "HorizontalPodAutoscaler")),
                kinds(manifests)::toString);
        JsonNode deployment = only(manifests, "Deployment");
        assertTrue(
                deployment.at("/spec/replicas").isMissingNode(),
                "with autoscaling the Deployment leaves the replica count to the HorizontalPodAutoscaler");
        JsonNode hpa = only(manifests, "HorizontalPodAutoscaler");
        assertEquals(
                deployment.at("/metadata/name").asText(),
                hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals(3, hpa.at("/spec/minReplicas").asInt());
        assertEquals(10, hpa.at("/spec/maxReplicas").asInt());
        assertTrue(
                deployment
                        .at("/spec/template/spec/containers/0/image")
                        .asText()
                        .contains("@sha256:"),
                "a digest pins the image");
        JsonNode policy = only(manifests, "NetworkPolicy");
        assertTrue(policy.at("/spec/policyTypes").toString().contains("Egress"));
        assertFalse(
                policy.at("/spec/ingress/0/from").isMissingNode(),
                "only the ingress controller may call in");
    }

    @Test
    void theIngressExposesTheApiFhirAndTheWebAppButNotTheClusterEndpoints() {
        for (List<JsonNode> manifests :
                List.of(render(t -> t.set("ingress.enabled", true)), render(production()))) {
            JsonNode ingress = only(manifests, "Ingress");
            List<String> paths = new ArrayList<>();
            String service = only(manifests, "Service").at("/metadata/name").asText();
            for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
                paths.add(path.path("path").asText());
                assertEquals(service, path.at("/backend/service/name").asText());
            }
            assertEquals(
                    List.of("/api", "/fhir", "/app"),
                    paths,
                    "the API, FHIR and the web app, not / (which would expose /q)");
        }
    }

    @Test
    void everyContainerRunsAsNonRootWithProbesAndResources() {
        for (List<JsonNode> manifests :
                List.of(render(UnaryOperator.identity()), render(production()))) {
            List<JsonNode> pods =
                    manifests.stream()
                            .filter(m -> m.has("spec") && m.at("/spec/template/spec").isObject())
                            .map(m -> m.at("/spec/template/spec"))
                            .collect(Collectors.toList());
            assertFalse(pods.isEmpty());
            for (JsonNode pod : pods) {
                assertTrue(
                        pod.at("/securityContext/runAsNonRoot").asBoolean(),
                        "pod runs as non-root");
                assertEquals(
                        "RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
                List<JsonNode> containers = new ArrayList<>();
                pod.path("initContainers").forEach(containers::add);
                pod.path("containers").forEach(containers::add);
                for (JsonNode container : containers) {
                    String name = container.path("name").asText();
                    JsonNode security = container.path("securityContext");
                    assertTrue(security.path("runAsNonRoot").asBoolean(), name + " runAsNonRoot");
                    assertTrue(
                            security.path("runAsUser").asInt() > 0, name + " has a non-zero uid");
                    assertFalse(
                            security.path("allowPrivilegeEscalation").asBoolean(true),
                            name + " escalation");
                    assertTrue(
                            security.path("readOnlyRootFilesystem").asBoolean(),
                            name + " read-only root");
                    assertEquals(
                            "[\"ALL\"]",
                            security.at("/capabilities/drop").toString(),
                            name + " drops capabilities");
                    for (String resource :
                            List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
                        assertFalse(
                                container.path("resources").at(resource).isMissingNode(),
                                name + " " + resource);
                    }
                    assertEquals(
                            "/q/health/live",
                            container.at("/livenessProbe/httpGet/path").asText(),
                            name);
                    assertEquals(
                            "/q/health/ready",
                            container.at("/readinessProbe/httpGet/path").asText(),
                            name);
                    assertTrue(
                            container
                                    .at("/startupProbe/httpGet/path")
                                    .asText()
                                    .startsWith("/q/health/"),
                            name);
                    assertEquals(
                            "/tmp",
                            container.at("/volumeMounts/0/mountPath").asText(),
                            name + " gets a writable /tmp on its read-only root filesystem");
                }
                assertTrue(pod.at("/volumes/0/emptyDir").isObject(), "/tmp is an emptyDir");
            }
        }
    }

    @Test
    void noSecretIsRenderedAndPasswordsComeFromExistingSecrets() {
        List<JsonNode> manifests = render(production());
        assertFalse(
                kinds(manifests).contains("Secret"),
                "the chart only refers to Secrets that already exist");
        JsonNode container = only(manifests, "Deployment").at("/spec/template/spec/containers/0");
        assertSecretRef(
                container, "QUARKUS_DATASOURCE_PASSWORD", "social-prescribing-db", "password");
        assertSecretRef(
                container,
                "QUARKUS_OIDC_CREDENTIALS_SECRET",
                "social-prescribing-oidc",
                "client-secret");
        List<String> literals = new ArrayList<>();
        container
                .path("env")
                .forEach(
                        env -> {
                            if (env.has("value")
                                    && env.path("name").asText().matches(SECRET_NAMES)) {
                                literals.add(env.path("name").asText());
                            }
                        });
        only(manifests, "ConfigMap")
                .path("data")
                .fieldNames()
                .forEachRemaining(
                        key -> {
                            if (key.matches(SECRET_NAMES)) {
                                literals.add("ConfigMap " + key);
                            }
                        });
        assertTrue(literals.isEmpty(), "literal secret values: " + literals);
        assertTrue(
                container.at("/volumeMounts").toString().contains("/etc/social-prescribing/db-ca"),
                "verify-full gets the database CA from its existing Secret");
    }

    @Test
    void databaseAndIssuerSettingsReachTheContainerThroughTheConfigMap() {
        List<JsonNode> manifests = render(production());
        JsonNode config = only(manifests, "ConfigMap").path("data");
        assertEquals(
                "jdbc:postgresql://pg-primary.databases.svc.cluster.local:5432/social_prescribing",
                config.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertEquals("social_prescribing_app", config.path("QUARKUS_DATASOURCE_USERNAME").asText());
        assertEquals("verify-full", config.path("SP_DB_SSLMODE").asText());
        assertEquals(
                "/etc/social-prescribing/db-ca/ca.crt", config.path("SP_DB_SSLROOTCERT").asText());
        assertEquals("15s", config.path("SP_DB_STATEMENT_TIMEOUT").asText());
        assertEquals("20", config.path("SP_DB_POOL_MAX").asText());
        assertEquals(
                "https://auth.example.nhs.uk/realms/social-prescribing",
                config.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
        assertEquals("social-prescribing-api", config.path("QUARKUS_OIDC_CLIENT_ID").asText());
        JsonNode deployment = only(manifests, "Deployment");
        assertEquals(
                only(manifests, "ConfigMap").at("/metadata/name").asText(),
                deployment
                        .at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name")
                        .asText());
        assertFalse(
                deployment
                        .at("/spec/template/metadata/annotations/checksum~1config")
                        .asText()
                        .isEmpty(),
                "a changed ConfigMap rolls the pods");
    }

    // --- helpers --------------------------------------------------------------------------------
    private static Set<String> kinds(List<JsonNode> manifests) {
        return manifests.stream().map(m -> m.path("kind").asText()).collect(Collectors.toSet());
    }

    private static JsonNode only(List<JsonNode> manifests, String kind) {
        List<JsonNode> found =
                manifests.stream()
                        .filter(m -> kind.equals(m.path("kind").asText()))
                        .collect(Collectors.toList());
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selector.isObject() && selector.size() > 0, what + " has a selector");
        selector.fields()
                .forEachRemaining(
                        e ->
                                assertEquals(
                                        e.getValue().asText(),
                                        labels.path(e.getKey()).asText(),
                                        what + " selects the API pods by " + e.getKey()));
    }

    private static void assertSecretRef(
            JsonNode container, String variable, String secret, String key) {
        JsonNode env = null;
        for (JsonNode candidate : container.path("env")) {
            if (variable.equals(candidate.path("name").asText())) {
                env = candidate;
            }
        }
        assertTrue(env != null, variable + " is set");
        assertFalse(env.has("value"), variable + " has no literal value");
        assertEquals(secret, env.at("/valueFrom/secretKeyRef/name").asText(), variable + " Secret");
        assertEquals(key, env.at("/valueFrom/secretKeyRef/key").asText(), variable + " key");
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject() && target.path(e.getKey()).isObject()) {
                merge((ObjectNode) target.get(e.getKey()), (ObjectNode) e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
