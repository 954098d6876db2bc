package org.socialprescribing.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.web.ETags;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.directory.practice.PracticeRepository;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.referral.api.ActionRequests;
import org.socialprescribing.referral.api.ReferralEventView;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.api.ReferralSummary;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralLifecycle;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.IdempotencyRecord;
import org.socialprescribing.referral.persistence.IdempotencyRepository;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralEvent;
import org.socialprescribing.referral.persistence.ReferralEventRepository;
import org.socialprescribing.referral.persistence.ReferralRepository;

/**
 * Creating referrals, reading them within the caller's scope, and moving them through the
 * lifecycle.
 */
@ApplicationScoped
public class ReferralService {
    private static final int MAX_CREATE_ATTEMPTS = 10;

    /** Lock timeout (H2), serialization failure and deadlock (PostgreSQL). */
    private static final java.util.Set<String> RETRYABLE_STATES =
            java.util.Set.of("HYT00", "40001", "40P01");

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final IdempotencyRepository keys;
    private final PracticeRepository practices;
    private final PractitionerChecks practitionerChecks;
    private final ReferralAccess access;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Event<ReferralFinished> finished;
    private final ObjectMapper json;
    private final Clock clock;

    public ReferralService(
            ReferralRepository referrals,
            ReferralEventRepository events,
            IdempotencyRepository keys,
            PracticeRepository practices,
            PractitionerChecks practitionerChecks,
            ReferralAccess access,
            AuditLog audit,
            ChangeFeed feed,
            Event<ReferralFinished> finished,
            ObjectMapper json,
            Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.keys = keys;
        this.practices = practices;
        this.practitionerChecks = practitionerChecks;
        this.access = access;
        this.audit = audit;
        this.feed = feed;
        this.finished = finished;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of a POST: the referral, and whether it was created now or by an earlier try. */
    public record Created(ReferralView referral, boolean replayed) {}

    public record Filter(
            List<ReferralStatus> statuses,
            String therapyCode,
            UUID practitionerId,
            String practiceOdsCode,
            String patientNhsNumber,
            Instant createdFrom,
            Instant createdBefore) {}

    /**
     * A referral that arrives as a message (BaRS-shaped FHIR): the conversation id the sender gave
     * it, and a fingerprint of the whole message, which tells a retry from a different message
     * under the same key in place of the request body's.
     */
    public record Message(UUID conversationId, String fingerprint) {}

    /**
     * Creates a referral once per Idempotency-Key: a retry with the same key and body gets the
     * original back; the same key with another body is refused. Racing retries collide on the key's
     * primary key, and the loser reads the winner's referral.
     */
    public Created create(Caller caller, String idempotencyKey, ReferralRequest request) {
        return create(caller, idempotencyKey, request, null);
    }

    /** As {@link #create(Caller, String, ReferralRequest)}, for a referral sent as a message. */
    public Created create(
            Caller caller, String idempotencyKey, ReferralRequest request, Message message) {
        String hash = message == null ? RequestHash.of(json, request) : message.fingerprint();
        UUID conversationId = message == null ? UUID.randomUUID() : message.conversationId();
        for (int attempt = 1; ; attempt++) {
            Optional<Created> replay =
                    QuarkusTransaction.requiringNew()
                            .call(() -> replay(caller, idempotencyKey, hash));
            if (replay.isPresent()) {
                return replay.get();
            }
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> insert(caller, idempotencyKey, hash, request, conversationId));
            } catch (RuntimeException e) {
                if (!isRetryableConflict(e) || attempt == MAX_CREATE_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    @Transactional
    public Optional<ReferralView> find(Caller caller, UUID id) {
        return visible(caller, id)
                .map(
                        referral -> {
                            audit.record(caller, AuditAction.REFERRAL_READ, referral.id);
                            return view(caller, referral);
                        });
    }

    @Transactional
    public Optional<List<ReferralEventView>> history(Caller caller, UUID id) {
        return visible(caller, id)
                .map(
                        referral -> {
                            audit.record(caller, AuditAction.REFERRAL_HISTORY_READ, referral.id);
                            return events.history(referral.id).stream()
                                    .map(ReferralMapper::event)
                                    .toList();
                        });
    }

    @Transactional
    public ReferralSummary.Page list(Caller caller, Filter filter, String cursor, int limit) {
        ReferralAccess.Scope scope = access.scope(caller);
        StringBuilder hql = new StringBuilder("from Referral r where ").append(scope.clause());
        Parameters params = scope.parameters();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            hql.append(" and r.status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.therapyCode() != null) {
            hql.append(" and r.therapyCode = :therapy");
            params.and("therapy", filter.therapyCode());
        }
        if (filter.practitionerId() != null) {
            hql.append(" and r.practitionerId = :practitioner");
            params.and("practitioner", filter.practitionerId());
        }
        if (filter.practiceOdsCode() != null) {
            hql.append(" and r.practice.odsCode = :practice");
            params.and("practice", filter.practiceOdsCode());
        }
        if (filter.patientNhsNumber() != null) {
            hql.append(" and r.patient.nhsNumber = :nhsNumber");
            params.and("nhsNumber", filter.patientNhsNumber());
        }
        if (filter.createdFrom() != null) {
            hql.append(" and r.createdAt >= :from");
            params.and("from", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            hql.append(" and r.createdAt < :before");
            params.and("before", filter.createdBefore());
        }
        if (cursor != null) {
            ReferralCursor after = ReferralCursor.decode(cursor);
            hql.append(
                    " and (r.createdAt < :cursorAt or (r.createdAt = :cursorAt and r.id < :cursorId))");
            params.and("cursorAt", after.createdAt()).and("cursorId", after.id());
        }
        hql.append(" order by r.createdAt desc, r.id desc");
        List<Referral> found = referrals.find(hql.toString(), params).range(0, limit).list();
        List<Referral> page = found.size() > limit ? found.subList(0, limit) : found;
        audit.recordEach(
                caller, AuditAction.REFERRAL_LISTED, page.stream().map(r -> r.id).toList());
        String next =
                found.size() > limit
                        ? new ReferralCursor(last(page).createdAt, last(page).id).encode()
                        : null;
        List<ReferralSummary> items =
                page.stream()
                        .map(r -> ReferralMapper.summary(r, allowedActions(caller, r)))
                        .toList();
        return new ReferralSummary.Page(items, next);
    }

    @Transactional
    public ReferralView assign(
            Caller caller, UUID id, String ifMatch, ActionRequests.Assign request) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.ASSIGN,
                referral -> {
                    String therapy =
                            practitionerChecks.requireAssignable(
                                    request.practitionerId(),
                                    request.therapyCode() != null
                                            ? request.therapyCode()
                                            : referral.therapyCode,
                                    Boolean.TRUE.equals(request.delegationAccepted()));
                    referral.practitionerId = request.practitionerId();
                    referral.therapyCode = therapy;
                    referral.delegationAccepted = Boolean.TRUE.equals(request.delegationAccepted());
                    referral.sentAt = now();
                    return new StatusNote(null, request.comment());
                });
    }

    @Transactional
    public ReferralView accept(Caller caller, UUID id, String ifMatch, ActionRequests.Note note) {
        return transition(
                caller, id, ifMatch, ReferralAction.ACCEPT, referral -> StatusNote.comment(note));
    }

    @Transactional
    public ReferralView decline(
            Caller caller, UUID id, String ifMatch, ActionRequests.Decline request) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.DECLINE,
                referral -> new StatusNote(request.reasonCode().name(), request.comment()));
    }

    @Transactional
    public ReferralView cancel(
            Caller caller, UUID id, String ifMatch, ActionRequests.Cancel request) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.CANCEL,
                referral -> new StatusNote(null, request.reason()));
    }

    /**
     * The referral, for another feature's service acting on it for the caller: it must be visible
     * to the caller (else 404) and the caller must stand on the given side of it (else 403).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral forParty(Caller caller, UUID id, Side side) {
        Referral referral =
                visible(caller, id).orElseThrow(() -> DomainException.notFound("Referral " + id));
        if (!access.sides(caller, referral).contains(side)) {
            throw DomainException.forbidden(
                    "Only the " + side.name().toLowerCase() + " side of a referral may do this");
        }
        return referral;
    }

    /**
     * The referral, for the practitioner it was sent to, while treatment can happen on it (accepted
     * or in treatment); otherwise 409 naming the status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral inTreatmentForPerformer(Caller caller, UUID id, String activity) {
        Referral referral = forParty(caller, id, Side.PERFORMER);
        if (referral.status != ReferralStatus.ACCEPTED
                && referral.status != ReferralStatus.IN_TREATMENT) {
            throw new DomainException(
                    ProblemType.REFERRAL_NOT_IN_TREATMENT,
                    activity
                            + " only while a referral is accepted or in treatment; this one is "
                            + referral.status,
                    referral.status.name());
        }
        return referral;
    }

    /** The referral if the caller may see it at all (either side, or admin), else 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral forReader(Caller caller, UUID id) {
        return visible(caller, id).orElseThrow(() -> DomainException.notFound("Referral " + id));
    }

    /** Which sides of the referral the caller stands on. */
    public Set<Side> sides(Caller caller, Referral referral) {
        return access.sides(caller, referral);
    }

    /**
     * Moves the referral on as a consequence of something else the caller did (an attended session
     * starts treatment; sending the letter completes it or ends it early). The table still decides:
     * an action it does not allow from the current status is a 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(
            Caller caller,
            Referral referral,
            ReferralAction action,
            String reasonCode,
            String comment) {
        requireAllowed(referral, action);
        apply(caller, referral, action, new StatusNote(reasonCode, comment));
    }

    /** Where the referral's changes appear in the change feed. */
    public static ChangeFeed.Origin origin(Referral referral) {
        return new ChangeFeed.Origin(
                referral.id, referral.practice.odsCode, referral.practitionerId);
    }

    /** The reason code and comment a status change leaves on the referral and in its history. */
    private record StatusNote(String reasonCode, String comment) {
        static StatusNote comment(ActionRequests.Note note) {
            return new StatusNote(null, note == null ? null : note.comment());
        }
    }

    /**
     * What an action does beyond changing the status; runs only once the action is known to be
     * allowed.
     */
    @FunctionalInterface
    private interface Effect {
        StatusNote apply(Referral referral);
    }

    /**
     * Every status change a party asks for goes through here, checked in a fixed order: the record
     * is visible (else 404), the caller stands on the side that owns the action (403), the ETag is
     * current (428/412), the table allows it from the current status (409), then the action's own
     * rules.
     */
    private ReferralView transition(
            Caller caller, UUID id, String ifMatch, ReferralAction action, Effect effect) {
        Referral referral = forParty(caller, id, ReferralLifecycle.of(action).side());
        ETags.requireMatch(ifMatch, referral.version);
        requireAllowed(referral, action);
        apply(caller, referral, action, effect.apply(referral));
        return view(caller, referral);
    }

    private static void requireAllowed(Referral referral, ReferralAction action) {
        if (!ReferralLifecycle.of(action).startsFrom(referral.status)) {
            throw new DomainException(
                    ProblemType.ILLEGAL_TRANSITION,
                    "A referral that is "
                            + referral.status
                            + " does not allow "
                            + action.historyName(),
                    referral.status.name());
        }
    }

    private void apply(Caller caller, Referral referral, ReferralAction action, StatusNote note) {
        ReferralStatus from = referral.status;
        Instant sentAt = referral.sentAt;
        referral.status = ReferralLifecycle.of(action).to();
        notePassed(referral, action, from);
        referral.statusReason = note.reasonCode();
        referral.statusComment = note.comment();
        referral.updatedAt = now();
        referrals.flush();
        ReferralEvent event = event(caller, referral, action.historyName(), from, note);
        if (action == ReferralAction.ACCEPT || action == ReferralAction.DECLINE) {
            event.responseSeconds = Duration.between(sentAt, referral.updatedAt).toSeconds();
        }
        events.persist(event);
        feed.publish(ChangeEventType.REFERRAL_STATUS_CHANGED, origin(referral), null);
        audit.record(caller, AuditAction.REFERRAL_UPDATED, referral.id);
        if (referral.status.isFinished()) {
            finished.fire(new ReferralFinished(referral));
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
                            Referral referral =
                                    visible(caller, record.referralId)
                                            .orElseThrow(
                                                    () ->
                                                            DomainException.notFound(
                                                                    "Referral "
                                                                            + record.referralId));
                            audit.record(caller, AuditAction.REFERRAL_READ, referral.id);
                            return new Created(view(caller, referral), true);
                        });
    }

    private Created insert(
            Caller caller, String key, String hash, ReferralRequest request, UUID conversationId) {
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
        access.requireReferrer(caller, practice);
        Instant now = now();
        IdempotencyRecord record = new IdempotencyRecord();
        record.callerId = caller.userId();
        record.idempotencyKey = key;
        record.requestHash = hash;
        record.referralId = UUID.randomUUID();
        record.createdAt = now;
        keys.persist(record);
        keys.flush();

        Referral referral =
                ReferralFactory.fromRequest(request, practice, caller, now, conversationId);
        referral.id = record.referralId;
        if (request.practitionerId() != null) {
            referral.therapyCode =
                    practitionerChecks.requireAssignable(
                            request.practitionerId(),
                            request.therapyCode(),
                            referral.delegationAccepted);
            referral.practitionerId = request.practitionerId();
            referral.status = ReferralStatus.SENT;
            referral.sentAt = now;
        } else {
            if (request.therapyCode() != null) {
                practitionerChecks.requireTherapy(request.therapyCode());
            }
            referral.status = ReferralStatus.AWAITING_TRIAGE;
        }
        referrals.persist(referral);
        referrals.flush();
        events.persist(event(caller, referral, "create", null, new StatusNote(null, null)));
        feed.publish(ChangeEventType.REFERRAL_CREATED, origin(referral), null);
        audit.record(caller, AuditAction.REFERRAL_CREATED, referral.id);
        return new Created(view(caller, referral), false);
    }

    private Optional<Referral> visible(Caller caller, UUID id) {
        return referrals.findByIdOptional(id).filter(referral -> access.canSee(caller, referral));
    }

    private ReferralView view(Caller caller, Referral referral) {
        return ReferralMapper.view(referral, allowedActions(caller, referral));
    }

    private List<ReferralAction> allowedActions(Caller caller, Referral referral) {
        return ReferralLifecycle.open(referral.status, access.sides(caller, referral));
    }

    /** Marks the milestones the activity report counts, once passed never unmarked. */
    private static void notePassed(Referral referral, ReferralAction action, ReferralStatus from) {
        switch (action) {
            case ASSIGN -> referral.wasTriaged |= from == ReferralStatus.AWAITING_TRIAGE;
            case ACCEPT -> referral.wasAccepted = true;
            case DECLINE -> referral.wasDeclined = true;
            case START_TREATMENT -> referral.wasStarted = true;
            default -> {}
        }
    }

    private ReferralEvent event(
            Caller caller, Referral referral, String action, ReferralStatus from, StatusNote note) {
        ReferralEvent event = new ReferralEvent();
        event.referralId = referral.id;
        event.occurredAt = referral.updatedAt;
        event.actorUser = caller.userId();
        event.actorRole = caller.primaryRole().roleName();
        event.actorOrganisation = caller.primaryOrganisation();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = referral.status;
        event.reasonCode = note.reasonCode();
        event.comment = note.comment();
        event.practitionerId = referral.practitionerId;
        return event;
    }

    /** Microsecond precision, as both databases store it, so cursors compare exactly. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Referral last(List<Referral> page) {
        return page.get(page.size() - 1);
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
