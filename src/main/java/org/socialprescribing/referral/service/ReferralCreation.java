package org.socialprescribing.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.directory.practice.PracticeRepository;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.observability.metrics.DomainMetrics;
import org.socialprescribing.observability.tracing.RequestSpan;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.persistence.IdempotencyRecord;
import org.socialprescribing.referral.persistence.IdempotencyRepository;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralEventRepository;
import org.socialprescribing.referral.persistence.ReferralRepository;

/**
 * Creates referrals once per Idempotency-Key: a retry with the same key and body gets the original
 * back; the same key with another body is refused. Racing retries collide on the key's primary key,
 * and the loser reads the winner's referral.
 */
@ApplicationScoped
public class ReferralCreation {
    private static final int MAX_CREATE_ATTEMPTS = 10;

    /** Lock timeout (H2), serialization failure and deadlock (PostgreSQL). */
    private static final Set<String> RETRYABLE_STATES = Set.of("HYT00", "40001", "40P01");

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final IdempotencyRepository keys;
    private final PracticeRepository practices;
    private final PractitionerChecks practitionerChecks;
    private final ReferralAccess access;
    private final ReferralGate gate;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final Clock clock;
    private final DomainMetrics metrics;

    public ReferralCreation(
            ReferralRepository referrals,
            ReferralEventRepository events,
            IdempotencyRepository keys,
            PracticeRepository practices,
            PractitionerChecks practitionerChecks,
            ReferralAccess access,
            ReferralGate gate,
            AuditLog audit,
            ChangeFeed feed,
            ObjectMapper json,
            Clock clock,
            DomainMetrics metrics) {
        this.referrals = referrals;
        this.events = events;
        this.keys = keys;
        this.practices = practices;
        this.practitionerChecks = practitionerChecks;
        this.access = access;
        this.gate = gate;
        this.audit = audit;
        this.feed = feed;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The outcome of a POST: the referral, and whether it was created now or by an earlier try. */
    public record Created(ReferralView referral, boolean replayed) {}

    /**
     * How a creation is told apart from others: the conversation the referral starts, and the
     * fingerprint that tells a retry from a different request under the same key. A referral sent
     * as a message (BaRS-shaped FHIR) brings both: the sender's conversation id, and a fingerprint
     * of the whole message in place of the request body's.
     */
    public record Message(UUID conversationId, String fingerprint) {}

    public Created create(Caller caller, String idempotencyKey, ReferralRequest request) {
        return create(
                caller,
                idempotencyKey,
                request,
                new Message(UUID.randomUUID(), RequestHash.of(json, request)));
    }

    /** As {@link #create(Caller, String, ReferralRequest)}, in the conversation of a message. */
    public Created create(
            Caller caller, String idempotencyKey, ReferralRequest request, Message message) {
        String hash = message.fingerprint();
        for (int attempt = 1; ; attempt++) {
            try {
                // One transaction: the replay check, and the creation if there is nothing to
                // replay.
                // A racing retry that lost on the key starts again and then finds the winner's.
                return QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        replay(caller, idempotencyKey, hash)
                                                .orElseGet(
                                                        () ->
                                                                insert(
                                                                        caller,
                                                                        idempotencyKey,
                                                                        message,
                                                                        request)));
            } catch (RuntimeException e) {
                if (!isRetryableConflict(e) || attempt == MAX_CREATE_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private Optional<Created> replay(Caller caller, String key, String hash) {
        return keys.findByIdOptional(new IdempotencyRecord.Key(caller.userId(), key))
                .map(
                        record -> {
                            if (!record.requestHash.equals(hash)) {
                                throw new DomainException(
                                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                                        "Idempotency-Key "
                                                + key
                                                + " was first used with a different request body");
                            }
                            Referral referral = gate.readable(caller, record.referralId);
                            audit.record(caller, AuditAction.REFERRAL_READ, referral.id);
                            metrics.idempotentReplay();
                            return new Created(
                                    ReferralMapper.view(referral, access.sides(caller, referral)),
                                    true);
                        });
    }

    private Created insert(Caller caller, String key, Message message, ReferralRequest request) {
        Practice practice =
                practices
                        .findByIdOptional(request.practiceOdsCode())
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                ProblemType.UNKNOWN_REFERENCE,
                                                "Practice "
                                                        + request.practiceOdsCode()
                                                        + " is not in the directory"));
        ReferralSource source = request.sourceOrDefault();
        if (source.needsReferrerRole() && request.referrer().role() == null) {
            throw InvalidFields.of("referrer.role", "is required for a " + source + " referral");
        }
        UUID practitionerId =
                access.requireMayRecord(caller, practice, source, request.practitionerId());
        Instant now = UkTime.now(clock);
        IdempotencyRecord record = keep(caller, key, message.fingerprint(), now);
        Referral referral =
                ReferralFactory.fromRequest(
                        request, practice, caller, now, message.conversationId());
        referral.id = record.referralId;
        route(referral, request, practitionerId, now);
        referrals.persist(referral);
        referrals.flush();
        events.persist(ReferralHistory.entry(caller, referral, "create", null, null, null));
        feed.publish(ChangeEventType.REFERRAL_CREATED, ReferralMapper.origin(referral), null);
        audit.record(caller, AuditAction.REFERRAL_CREATED, referral.id);
        metrics.referralCreated(
                source.name(),
                referral.status == ReferralStatus.AWAITING_TRIAGE,
                referral.therapyCode);
        RequestSpan.conversation(referral.conversationId);
        return new Created(ReferralMapper.view(referral, access.sides(caller, referral)), false);
    }

    /** The key, written and flushed first, so that a racing retry collides on it. */
    private IdempotencyRecord keep(Caller caller, String key, String hash, Instant now) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.callerId = caller.userId();
        record.idempotencyKey = key;
        record.requestHash = hash;
        record.referralId = TimeOrderedIds.next();
        record.createdAt = now;
        keys.persist(record);
        keys.flush();
        return record;
    }

    /** Straight to the practitioner asked for, or into triage. */
    private void route(
            Referral referral, ReferralRequest request, UUID practitionerId, Instant now) {
        if (practitionerId != null) {
            referral.therapyCode =
                    practitionerChecks.requireAssignable(
                            practitionerId, request.therapyCode(), referral.delegationAccepted);
            referral.practitionerId = practitionerId;
            referral.status = ReferralStatus.SENT;
            referral.sentAt = now;
        } else {
            if (request.therapyCode() != null) {
                practitionerChecks.requireTherapy(request.therapyCode());
            }
            referral.status = ReferralStatus.AWAITING_TRIAGE;
        }
    }

    /** A duplicate key (another try won the race), or a lock wait that timed out behind it. */
    private static boolean isRetryableConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23")
                            || RETRYABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a referral", e);
        }
    }
}
