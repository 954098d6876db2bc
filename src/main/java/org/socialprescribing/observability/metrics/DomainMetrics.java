package org.socialprescribing.observability.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The domain's counters, each recorded when the change commits (README, "Metrics"). Labels come
 * from closed sets: a route in, a therapy code of the catalogue, an action of the lifecycle table,
 * an inbox kind, a severity, a plan status. Never an id.
 */
@ApplicationScoped
public class DomainMetrics {
    private final MeterRegistry registry;
    private final AfterCommit afterCommit;
    private final Counter lettersSent;
    private final Counter lettersAcknowledged;
    private final Counter replays;
    private final Timer feedLag;

    public DomainMetrics(MeterRegistry registry, AfterCommit afterCommit) {
        this.registry = registry;
        this.afterCommit = afterCommit;
        this.lettersSent =
                Counter.builder("sp.letters.sent")
                        .description("Treatment-summary letters sent to the GP practice")
                        .register(registry);
        this.lettersAcknowledged =
                Counter.builder("sp.letters.acknowledged")
                        .description("Treatment-summary letters acknowledged in the practice inbox")
                        .register(registry);
        this.replays =
                Counter.builder("sp.idempotent.replays")
                        .description("Retries answered with the referral an earlier try created")
                        .register(registry);
        this.feedLag =
                Timer.builder("sp.change.feed.lag")
                        .description(
                                "From a change being made to its position in the change feed,"
                                        + " when pollers first see it")
                        .register(registry);
    }

    /**
     * A referral created, by where it came from (GP practice, self-referral, another NHS
     * professional, a voluntary organisation), the route it took (straight to a practitioner or
     * through a link worker's triage) and the therapy asked for.
     */
    public void referralCreated(String source, boolean toLinkWorker, String therapyCode) {
        String route = routeIn(toLinkWorker);
        String therapy = therapyCode == null ? "none" : therapyCode;
        String from = label(source);
        afterCommit.run(
                () ->
                        registry.counter(
                                        "sp.referrals.created",
                                        "source",
                                        from,
                                        "route",
                                        route,
                                        "therapy",
                                        therapy)
                                .increment());
    }

    static String routeIn(boolean toLinkWorker) {
        return toLinkWorker ? "link_worker" : "direct";
    }

    /** A lifecycle transition, by the action's name in the referral's history. */
    public void transition(String action) {
        afterCommit.run(
                () -> registry.counter("sp.referral.transitions", "action", action).increment());
    }

    public void letterSent() {
        afterCommit.run(lettersSent::increment);
    }

    /** An inbox item acknowledged for the first time; a letter also counts as a letter. */
    public void inboxItemAcknowledged(String kind) {
        afterCommit.run(
                () -> {
                    registry.counter("sp.inbox.acknowledged", "kind", label(kind)).increment();
                    if ("LETTER".equals(kind)) {
                        lettersAcknowledged.increment();
                    }
                });
    }

    public void safetyAlertRaised(String severity, boolean automatic) {
        afterCommit.run(
                () ->
                        registry.counter(
                                        "sp.safety.alerts",
                                        "severity",
                                        label(severity),
                                        "raised",
                                        automatic ? "automatically" : "by_practitioner")
                                .increment());
    }

    /** A funder's decision on a prior-approval request, by the plan's new status. */
    public void fundingDecided(String status) {
        afterCommit.run(
                () ->
                        registry.counter("sp.funding.decisions", "decision", label(status))
                                .increment());
    }

    public void idempotentReplay() {
        replays.increment();
    }

    /**
     * A stale If-Match (412) or two writers at the same moment (409 concurrent-update), by the
     * problem's code; counted as the answer leaves, since nothing was committed.
     */
    public void optimisticLockConflict(String problemCode) {
        registry.counter("sp.optimistic.lock.conflicts", "code", problemCode).increment();
    }

    /**
     * The sequencer gave these changes (made at the given times) their positions, now committed:
     * pollers see them from now on. The lag is from each change to that moment.
     */
    public void changesPositioned(List<Instant> madeAt) {
        Instant now = Instant.now();
        for (Instant made : madeAt) {
            Duration lag = Duration.between(made, now);
            feedLag.record(lag.isNegative() ? Duration.ZERO : lag);
        }
    }

    private static String label(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
