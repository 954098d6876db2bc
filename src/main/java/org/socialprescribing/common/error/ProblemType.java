package org.socialprescribing.common.error;

import java.net.URI;

/**
 * Every kind of error the API can answer with: its HTTP status, a stable machine code and a short
 * title. The code is part of the contract: clients may search for it and switch on it.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "The request is not valid"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body could not be read"),
    IDEMPOTENCY_KEY_REQUIRED(
            400, "idempotency-key-required", "An Idempotency-Key header is required"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "Your role does not allow this"),
    ORGANISATION_CLAIM_MISSING(
            403, "organisation-claim-missing", "Your token does not name your organisation"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "The requested media type is not available"),
    ILLEGAL_TRANSITION(
            409, "illegal-transition", "The referral's status does not allow this action"),
    ALREADY_EXISTS(409, "already-exists", "A record with this identifier already exists"),
    CONCURRENT_UPDATE(
            409, "concurrent-update", "The record was changed by someone else; read it again"),
    REFERRAL_NOT_IN_TREATMENT(
            409, "referral-not-in-treatment", "The referral is not accepted or in treatment"),
    LETTER_ALREADY_SENT(409, "letter-already-sent", "The treatment-summary letter has been sent"),
    LETTER_REQUIRED(409, "letter-required", "Draft the treatment-summary letter first"),
    REFERRAL_FINISHED(409, "referral-finished", "The referral has finished"),
    BUDGET_EXHAUSTED(409, "budget-exhausted", "The funding scheme's budget cannot cover this"),
    FUNDING_ALREADY_ARRANGED(409, "funding-already-arranged", "The referral already has funding"),
    FUNDING_NOT_PENDING(409, "funding-not-pending", "The funding request is not awaiting approval"),
    SESSIONS_EXHAUSTED(409, "sessions-exhausted", "The funding covers no more sessions"),
    CHARGE_ALREADY_PAID(409, "charge-already-paid", "The patient has paid this charge"),
    EVIDENCE_NOT_DUE(
            409,
            "evidence-not-due",
            "This evidence cannot be recorded at this point of the course"),
    PRECONDITION_FAILED(412, "stale-etag", "The record has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(
            415, "unsupported-media-type", "The request body must be application/json"),
    IDEMPOTENCY_KEY_REUSED(
            422, "idempotency-key-reused", "This Idempotency-Key was used for a different request"),
    UNKNOWN_REFERENCE(
            422, "unknown-reference", "The request refers to something that does not exist"),
    PRACTITIONER_NOT_REGULATED(
            422, "practitioner-not-regulated", "The practitioner has no current registration"),
    PRACTITIONER_NOT_ACCEPTING(
            422, "practitioner-not-accepting", "The practitioner is not accepting referrals"),
    THERAPY_NOT_OFFERED(422, "therapy-not-offered", "The practitioner does not offer this therapy"),
    CONSENT_REQUIRED(422, "consent-required", "The patient has not agreed to the referral"),
    NOT_ELIGIBLE(422, "not-eligible", "The referral is not eligible for this funding scheme"),
    ATTENDANCE_BEFORE_SESSION(
            422, "attendance-before-session", "Attendance cannot be recorded before the session"),
    SESSION_BEFORE_REFERRAL(
            422, "session-before-referral", "A session cannot be before the referral was made"),
    PRECONDITION_REQUIRED(
            428, "if-match-required", "An If-Match header with the referral's ETag is required"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side");

    static final String TYPE_PREFIX = "urn:social-prescribing:problem:";

    private final int status;
    private final String code;
    private final String title;

    ProblemType(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + code);
    }
}
