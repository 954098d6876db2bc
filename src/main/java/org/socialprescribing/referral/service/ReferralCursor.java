package org.socialprescribing.referral.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.referral.persistence.ListedReferral;
import org.socialprescribing.referral.persistence.ReferralRepository;

/** A position in the stable list order (newest first, then by id): opaque to clients. */
record ReferralCursor(Instant createdAt, UUID id) {

    static ReferralCursor after(ListedReferral referral) {
        return new ReferralCursor(referral.createdAt(), referral.id());
    }

    ReferralRepository.Position position() {
        return new ReferralRepository.Position(createdAt, id);
    }

    String encode() {
        String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ReferralCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new ReferralCursor(at, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw Params.invalid("cursor", "is not a cursor this API issued");
        }
    }
}
