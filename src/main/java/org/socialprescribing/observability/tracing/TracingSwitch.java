package org.socialprescribing.observability.tracing;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Tracing is on exactly when an OTLP endpoint is configured ({@code
 * QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} or its traces-only form): without one, the OpenTelemetry SDK
 * is disabled, so nothing is recorded and nothing tries to reach Quarkus' default collector
 * address. A {@code quarkus.otel.sdk.disabled} set in any configuration source still wins; only the
 * extension's own default is replaced. Registered through {@code META-INF/services}.
 */
public class TracingSwitch implements ConfigSourceInterceptor {
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || isExplicit(value)) {
            return value;
        }
        boolean endpoint =
                isSet(context.proceed(ENDPOINT)) || isSet(context.proceed(TRACES_ENDPOINT));
        return ConfigValue.builder()
                .withName(name)
                .withValue(String.valueOf(!endpoint))
                .withConfigSourceName(TracingSwitch.class.getSimpleName())
                .build();
    }

    /** Defaults come from sources of ordinal at most 0; files, env and system properties above. */
    private static boolean isExplicit(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() > 0;
    }

    /** The extension gives the endpoints a default address; only a configured one counts. */
    private static boolean isSet(ConfigValue value) {
        return isExplicit(value) && !value.getValue().isBlank();
    }
}
