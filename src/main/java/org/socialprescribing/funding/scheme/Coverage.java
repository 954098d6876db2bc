package org.socialprescribing.funding.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One thing a scheme covers: a therapy, or an area (a practice, a network or an ICB's practices).
 */
@Embeddable
public class Coverage {
    public enum Kind {
        THERAPY,
        PRACTICE,
        PCN,
        ICB,
        /** A route in the scheme funds (GP_PRACTICE, SELF_REFERRAL...); none named funds all. */
        SOURCE
    }

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "code")
    public String code;

    public Coverage() {}

    public Coverage(Kind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coverage c && c.kind == kind && Objects.equals(c.code, code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }
}
