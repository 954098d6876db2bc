package org.socialprescribing.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.TemplateCommand;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The chart's values schema refuses what a platform team could get wrong, before anything is
 * rendered.
 */
class HelmValuesSchemaTest {
    @Test
    void schemaRejectsAStringWhereANumberBelongs() {
        assertRejected(t -> t.set("replicaCount", "three"), "replicaCount");
        assertRejected(t -> t.set("database.pool.maxSize", "many"), "maxSize");
    }

    @Test
    void schemaRejectsUnknownKeysSoTyposAndSecretValuesCannotSlipIn() {
        assertRejected(t -> t.set("replicas", 3), "replicas");
        assertRejected(t -> t.set("database.password", "hunter2"), "password");
        assertRejected(t -> t.set("config.QUARKUS_DATASOURCE_PASSWORD", "hunter2"), "config");
    }

    @Test
    void schemaRejectsANonPostgresqlDatabaseAndAnUnknownSslMode() {
        assertRejected(t -> t.set("database.url", "jdbc:h2:mem:x"), "url");
        assertRejected(t -> t.set("database.sslMode", "sometimes"), "sslMode");
    }

    @Test
    void schemaRejectsRootOrAWritableRootFilesystem() {
        assertRejected(t -> t.set("securityContext.runAsNonRoot", false), "runAsNonRoot");
        assertRejected(
                t -> t.set("securityContext.readOnlyRootFilesystem", false),
                "readOnlyRootFilesystem");
        assertRejected(
                t -> t.set("securityContext.allowPrivilegeEscalation", true),
                "allowPrivilegeEscalation");
    }

    private static void assertRejected(UnaryOperator<TemplateCommand> values, String mentioned) {
        RuntimeException error =
                assertThrows(
                        RuntimeException.class, () -> values.apply(HelmChart.template()).call());
        assertTrue(
                error.getMessage().contains("schema") && error.getMessage().contains(mentioned),
                "expected a schema error about " + mentioned + ", got: " + error.getMessage());
    }
}
