package org.socialprescribing.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An Idempotency-Key a caller has used, the hash of the request it came with, and the referral it
 * created. The primary key makes a second referral for one key impossible, however requests race.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
    @Id
    @Column(name = "caller_id")
    public String callerId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The composite primary key: a key is unique per caller. */
    public static class Key implements Serializable {
        public String callerId;
        public String idempotencyKey;

        public Key() {}

        public Key(String callerId, String idempotencyKey) {
            this.callerId = callerId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(callerId, key.callerId)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callerId, idempotencyKey);
        }
    }
}
