package org.socialprescribing.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.socialprescribing.feed.ChangeEventRepository.Pending;
import org.socialprescribing.observability.metrics.DomainMetrics;

/**
 * The one place that numbers the change feed. Writes append entries under pending positions and
 * never wait for each other; this sequencer, holding the counter row (so one at a time across all
 * replicas), gives committed pending entries the next gap-free positions in the order they were
 * appended, in one transaction, so a poller sees a whole batch or none of it and never a gap. It
 * runs on its own thread after writes commit, and before every poll so that a poll sees every entry
 * committed before it.
 */
@ApplicationScoped
public class FeedSequencer {
    /** Entries positioned per transaction; a larger backlog takes several. */
    static final int BATCH = 2000;

    private static final Logger LOG = Logger.getLogger(FeedSequencer.class);

    private final ChangeEventRepository events;
    private final DomainMetrics metrics;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread thread = new Thread(task, "change-feed-sequencer");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final AtomicBoolean queued = new AtomicBoolean();

    public FeedSequencer(ChangeEventRepository events, DomainMetrics metrics) {
        this.events = events;
        this.metrics = metrics;
    }

    /** Positions pending entries soon, on the sequencer's thread; many calls make one run. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(
                    () -> {
                        queued.set(false);
                        try {
                            sequenceAll();
                        } catch (RuntimeException e) {
                            // The next write or poll runs it again; nothing is lost meanwhile.
                            LOG.warn("Could not position change-feed entries yet", e);
                        }
                    });
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
