package org.socialprescribing.observability.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP request latency per operation as a Prometheus histogram with the few buckets of {@code
 * sp.metrics.http-buckets}: enough for latency alerts and quantiles, without a series per
 * Micrometer default bucket for every operation and status.
 */
@Singleton
public class HttpLatencyBuckets {
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private final List<Double> bucketSeconds;

    public HttpLatencyBuckets(
            @ConfigProperty(name = "sp.metrics.http-buckets") List<Double> bucketSeconds) {
        this.bucketSeconds = bucketSeconds;
    }

    @Produces
    @Singleton
    MeterFilter httpHistogram() {
        double[] buckets =
                bucketSeconds.stream()
                        .mapToDouble(
                                seconds -> Duration.ofMillis(Math.round(seconds * 1000)).toNanos())
                        .toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(
                    Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(false)
                        .serviceLevelObjectives(buckets)
                        .build()
                        .merge(config);
            }
        };
    }
}
