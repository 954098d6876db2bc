package org.socialprescribing.observability.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.socialprescribing.common.time.UkTime;

/**
 * Gauges that read the database: unacknowledged inbox items by urgency and age band, and each open
 * funding scheme's budget and headroom. A scrape reads the last snapshot and, when it is older than
 * {@code sp.metrics.gauge-refresh}, asks for a new one in the background: the database is queried
 * at most once per interval, only while someone scrapes, and a scrape never waits for it.
 */
@ApplicationScoped
public class DomainGauges {
    private static final Logger LOG = Logger.getLogger(DomainGauges.class);

    private final MeterRegistry registry;
    private final GaugeQueries queries;
    private final Clock clock;
    private final Duration refreshAfter;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Set<String> schemesWithGauges = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot;
    private ExecutorService background;

    public DomainGauges(
            MeterRegistry registry,
            GaugeQueries queries,
            Clock clock,
            @ConfigProperty(name = "sp.metrics.gauge-refresh", defaultValue = "15S")
                    Duration refreshAfter) {
        this.registry = registry;
        this.queries = queries;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
        this.snapshot =
                new Snapshot(System.nanoTime() - refreshAfter.toNanos() - 1, Map.of(), Map.of());
    }

    /** What the gauges show: items per urgency and age band, and headroom per scheme. */
    record Snapshot(
            long takenAtNanos,
            Map<String, Long> inboxItems,
            Map<String, GaugeQueries.Headroom> schemes) {}

    void start(@Observes StartupEvent started) {
        background =
                Executors.newSingleThreadExecutor(
                        task -> {
                            Thread thread = new Thread(task, "sp-metrics-gauges");
                            thread.setDaemon(true);
                            return thread;
                        });
        for (boolean urgent : new boolean[] {true, false}) {
            for (String age : GaugeQueries.AGE_BANDS) {
                String key = inboxKey(urgent, age);
                Gauge.builder(
                                "sp.inbox.unacknowledged",
                                this,
                                g -> g.current().inboxItems().getOrDefault(key, 0L))
                        .description("Inbox items not yet acknowledged by the GP practice")
                        .tags("urgent", String.valueOf(urgent), "age", age)
                        .register(registry);
            }
        }
        requestRefresh();
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** Takes a snapshot now, and adds gauges for schemes not seen before. */
    public void refresh() {
        Instant now = Instant.now(clock);
        Map<String, Long> inbox = new ConcurrentHashMap<>();
        queries.unacknowledgedInbox(now)
                .forEach(
                        band ->
                                inbox.merge(
                                        inboxKey(band.urgent(), band.age()),
                                        band.items(),
                                        Long::sum));
        Map<String, GaugeQueries.Headroom> schemes = new ConcurrentHashMap<>();
        List<GaugeQueries.Headroom> open = queries.openSchemes(UkTime.today(clock));
        open.forEach(scheme -> schemes.put(scheme.schemeId(), scheme));
        snapshot = new Snapshot(System.nanoTime(), inbox, schemes);
        open.stream()
                .filter(scheme -> schemesWithGauges.add(scheme.schemeId()))
                .forEach(this::registerScheme);
    }

    private Snapshot current() {
        if (System.nanoTime() - snapshot.takenAtNanos() > refreshAfter.toNanos()) {
            requestRefresh();
        }
        return snapshot;
    }

    private void requestRefresh() {
        if (background != null && refreshing.compareAndSet(false, true)) {
            background.execute(this::refreshQuietly);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Could not read the figures for the gauges: %s", e.getClass().getSimpleName());
        } finally {
            refreshing.set(false);
        }
    }

    /** A scheme that has closed since shows no figure (NaN) until the process restarts. */
    private void registerScheme(GaugeQueries.Headroom scheme) {
        String id = scheme.schemeId();
        schemeGauge(
                "sp.funding.scheme.budget",
                scheme,
                s -> s.budgetPence(),
                "The scheme's budget in pence");
        schemeGauge(
                "sp.funding.scheme.headroom",
                scheme,
                s -> s.headroomPence(),
                "Budget neither committed nor spent, in pence");
        LOG.debugf("Gauges added for funding scheme %s", id);
    }

    private void schemeGauge(
            String name,
            GaugeQueries.Headroom scheme,
            ToDoubleFunction<GaugeQueries.Headroom> figure,
            String description) {
        String id = scheme.schemeId();
        Gauge.builder(
                        name,
                        this,
                        g -> {
                            GaugeQueries.Headroom latest = g.current().schemes().get(id);
                            return latest == null ? Double.NaN : figure.applyAsDouble(latest);
                        })
                .description(description)
                .tags("scheme", id, "funder", scheme.funderCode())
                .baseUnit("pence")
                .register(registry);
    }

    private static String inboxKey(boolean urgent, String age) {
        return urgent + "/" + age;
    }
}
