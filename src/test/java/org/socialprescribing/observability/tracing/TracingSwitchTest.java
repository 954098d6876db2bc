package org.socialprescribing.observability.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tracing is on only when an OTLP endpoint is configured; an explicit setting wins. */
class TracingSwitchTest {
    private static final String DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Test
    void withoutAnEndpointTheSdkIsDisabled() {
        assertEquals("true", sdkDisabled(Map.of()));
    }

    @Test
    void anEndpointOrATracesEndpointTurnsTracingOn() {
        assertEquals("false", sdkDisabled(Map.of(TracingSwitch.ENDPOINT, "http://collector:4317")));
        assertEquals(
                "false",
                sdkDisabled(Map.of(TracingSwitch.TRACES_ENDPOINT, "http://collector:4317")));
    }

    @Test
    void anExplicitSettingWins() {
        assertEquals(
                "true",
                sdkDisabled(
                        Map.of(
                                TracingSwitch.ENDPOINT,
                                "http://collector:4317",
                                TracingSwitch.SDK_DISABLED,
                                "true")));
        assertEquals("false", sdkDisabled(Map.of(TracingSwitch.SDK_DISABLED, "false")));
    }

    private static String sdkDisabled(Map<String, String> configured) {
        SmallRyeConfig config =
                new SmallRyeConfigBuilder()
                        .withDefaultValue(TracingSwitch.SDK_DISABLED, "false")
                        .withDefaultValue(TracingSwitch.ENDPOINT, DEFAULT_ENDPOINT)
                        .withSources(new PropertiesConfigSource(configured, "test", 250))
                        .withInterceptors(new TracingSwitch())
                        .build();
        return config.getRawValue(TracingSwitch.SDK_DISABLED);
    }
}
