package org.socialprescribing.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.socialprescribing.feed.ChangeEventRepository.Pending;
import org.socialprescribing.observability.metrics.DomainMetrics;

/**
 * The one place that numbers the change feed. Writes append entries under pending positions and
 * never wait for each other; this sequencer, holding the counter row (so one at a time across all
 * replicas), gives committed pending entries the next gap-free positions in the order they were
 * appended, in one transaction, so a poller sees a whole batch or none of it and never a gap. It
 * runs before every poll, so that a poll sees every entry committed before it, and on its own
 * thread a short delay after a write commits, so that the backlog stays small: the delay gathers
 * the writes of that moment into one of its transactions instead of one each (on H2 every commit
 * writes the changed pages to the file).
 */
@ApplicationScoped
public class FeedSequencer {
    /** Entries positioned per transaction; a larger backlog takes several. */
    static final int BATCH = 2000;

    private static final Logger LOG = Logger.getLogger(FeedSequencer.class);

    private final ChangeEventRepository events;
    private final DomainMetrics metrics;
    private final long delayMicros;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(
                    task -> {
                        Thread thread = new Thread(task, "change-feed-sequencer");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final AtomicBoolean queued = new AtomicBoolean();

    public FeedSequencer(
            ChangeEventRepository events,
            DomainMetrics metrics,
            @ConfigProperty(name = "sp.change-feed.sequencer-delay") Duration delay) {
        this.events = events;
        this.metrics = metrics;
        this.delayMicros = TimeUnit.NANOSECONDS.toMicros(delay.toNanos());
    }

    /**
     * Positions pending entries after the sequencer's delay, on its own thread; every call made
     * before that run starts is served by it.
     */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.schedule(
                    () -> {
                        queued.set(false);
                        try {
                            sequenceAll();
                        } catch (RuntimeException e) {
                            // The next write or poll runs it again; nothing is lost meanwhile.
                            LOG.warn("Could not position change-feed entries yet", e);
                        }
                    },
                    delayMicros,
                    TimeUnit.MICROSECONDS);
        }
    }

    /** Positions every entry committed so far, before a poll reads the feed. */
    public void sequenceAll() {
        List<Pending> positioned;
        do {
            positioned = QuarkusTransaction.requiringNew().call(this::sequenceBatch);
            metrics.changesPositioned(positioned.stream().map(Pending::occurredAt).toList());
        } while (positioned.size() == BATCH); // a full batch: there may be more
    }

    private List<Pending> sequenceBatch() {
        if (!events.anyPending()) {
            return List.of();
        }
        long last = events.lockLastPosition();
        List<Pending> pending = events.pending(BATCH);
        if (!pending.isEmpty()) {
            events.position(pending, last);
        }
        return pending;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
