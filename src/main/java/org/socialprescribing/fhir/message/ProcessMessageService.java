package org.socialprescribing.fhir.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.format.FhirJson;
import org.socialprescribing.fhir.gateway.ReferralGateway;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.mapping.InboundReferral;
import org.socialprescribing.fhir.mapping.OutboundReferral;
import org.socialprescribing.fhir.message.BarsMessage.Reason;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralStatus;

/**
 * BaRS's $process-message for referrals: a new referral is created exactly as the REST API creates
 * one (the request id is the idempotency key, the correlation id the conversation id); an update
 * that revokes the ServiceRequest cancels the referral through the lifecycle's cancel action.
 */
@ApplicationScoped
public class ProcessMessageService {
    private final MessageReader reader;
    private final MessageResponses responses;
    private final ReferralGateway referrals;
    private final Validator validator;
    private final FhirJson json;

    public ProcessMessageService(
            MessageReader reader,
            MessageResponses responses,
            ReferralGateway referrals,
            Validator validator,
            FhirJson json) {
        this.reader = reader;
        this.responses = responses;
        this.referrals = referrals;
        this.validator = validator;
        this.json = json;
    }

    /** BaRS's two ids, both UUIDs: the request's (one per try) and the conversation's. */
    public record Ids(UUID requestId, UUID correlationId) {}

    /** Processes the message and returns the response message. */
    public Bundle process(Bundle bundle, Ids ids, String base) {
        BarsMessage message = reader.read(bundle);
        return switch (message.reason()) {
            case NEW -> refer(message, ids, base);
            case UPDATE -> cancel(message, base);
        };
    }

    private Bundle refer(BarsMessage message, Ids ids, String base) {
        ReferralRequest request =
                InboundReferral.of(message.header(), message.serviceRequest(), message.index());
        requireValid(request);
        ReferralView referral =
                referrals
                        .create(
                                ids.requestId().toString(),
                                request,
                                ids.correlationId(),
                                fingerprint(message.bundle(), ids))
                        .referral();
        return respond(message, Reason.NEW, referral, base);
    }

    /**
     * Cancels the referral the revoked ServiceRequest names. A referral already cancelled is left
     * as it is and reported, so a retried cancellation acts once.
     */
    private Bundle cancel(BarsMessage message, String base) {
        ServiceRequest revoked = message.serviceRequest();
        if (revoked.getStatus() != ServiceRequestStatus.REVOKED) {
            throw FhirException.unprocessable(
                    "not-supported",
                    "An update can only cancel a referral: send the ServiceRequest with status"
                            + " 'revoked'");
        }
        UUID id = referralId(revoked);
        ReferralView current =
                referrals.find(id).orElseThrow(() -> DomainException.notFound("Referral " + id));
        if (current.status() == ReferralStatus.CANCELLED) {
            return respond(message, Reason.UPDATE, current, base);
        }
        String reason = message.header().getReason().getText();
        if (reason == null || reason.isBlank()) {
            throw FhirException.required(
                    "MessageHeader.reason.text",
                    "Say why the referral is cancelled in MessageHeader.reason.text");
        }
        String ifMatch =
                revoked.getMeta().hasVersionId()
                        ? "\"" + revoked.getMeta().getVersionId() + "\""
                        : "*";
        return respond(message, Reason.UPDATE, referrals.cancel(id, ifMatch, reason), base);
    }

    /** The referral a ServiceRequest names: by its id here, or by this service's identifier. */
    private static UUID referralId(ServiceRequest request) {
        Optional<String> id =
                request.getIdElement().hasIdPart()
                        ? Optional.of(
                                BarsMessage.withoutUrnPrefix(request.getIdElement().getIdPart()))
                        : request.getIdentifier().stream()
                                .filter(i -> FhirIds.URN_IDS.equals(i.getSystem()))
                                .map(Identifier::getValue)
                                .filter(v -> v != null && v.startsWith("urn:uuid:"))
                                .map(v -> v.substring("urn:uuid:".length()))
                                .findFirst();
        return id.flatMap(ProcessMessageService::uuid)
                .orElseThrow(
                        () ->
                                FhirException.required(
                                        "ServiceRequest.id",
                                        "Name the referral to cancel by the ServiceRequest's id"
                                                + " here, or its identifier ("
                                                + FhirIds.URN_IDS
                                                + ")"));
    }

    private Bundle respond(BarsMessage message, Reason reason, ReferralView referral, String base) {
        var practitioner = referrals.practitioner(referral.practitionerId());
        return responses.ok(
                message,
                reason,
                OutboundReferral.serviceRequest(
                        referral, referrals.therapy(referral.therapyCode()), practitioner),
                OutboundReferral.task(referral, practitioner),
                referral.practiceOdsCode(),
                base);
    }

    /** The same bean validation as a REST referral, reported against the message's elements. */
    private void requireValid(ReferralRequest request) {
        Set<ConstraintViolation<ReferralRequest>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return;
        }
        throw FhirException.invalid(
                violations.stream()
                        .map(
                                v -> {
                                    String field = v.getPropertyPath().toString();
                                    String source = InboundReferral.sourceOf(field);
                                    return new FhirException.Issue(
                                            "invalid",
                                            source + " (" + field + ") " + v.getMessage(),
                                            source);
                                })
                        .sorted(Comparator.comparing(FhirException.Issue::diagnostics))
                        .toList());
    }

    /**
     * The whole message as it was meant (HAPI's canonical encoding, so whitespace and property
     * order do not matter) with the conversation it belongs to: a retry has the same.
     */
    private String fingerprint(Bundle bundle, Ids ids) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.encode(bundle).getBytes(StandardCharsets.UTF_8));
            digest.update(ids.correlationId().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
