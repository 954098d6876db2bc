package org.socialprescribing.funding.scheme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A funder's offer: which therapies and areas, at what fee, for how many sessions, in which period,
 * how each fee is split, and the budget. Committed plus spent never exceeds the budget: the
 * database refuses it, and {@link Budgets} changes them only by conditional updates.
 */
@Entity
@Table(name = "funding_scheme")
public class FundingScheme {
    @Id public UUID id;

    @Column(name = "funder_code")
    public String funderCode;

    public String name;

    @Enumerated(EnumType.STRING)
    public SchemeRoute route;

    @Column(name = "session_fee_pence")
    public long sessionFeePence;

    @Column(name = "max_sessions")
    public int maxSessions;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "budget_pence")
    public long budgetPence;

    @Column(name = "committed_pence")
    public long committedPence;

    @Column(name = "spent_pence")
    public long spentPence;

    /** A did-not-attend is paid for, as an attended session is. */
    @Column(name = "charge_did_not_attend")
    public boolean chargeDidNotAttend;

    /** The split, as JSON of {@link SplitDefinition}. */
    @Column(name = "split_rule")
    public String splitRule;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "funding_scheme_coverage",
            joinColumns = @JoinColumn(name = "scheme_id"))
    public Set<Coverage> coverage = new LinkedHashSet<>();

    public Set<String> codes(Coverage.Kind kind) {
        Set<String> codes = new LinkedHashSet<>();
        coverage.stream().filter(c -> c.kind == kind).forEach(c -> codes.add(c.code));
        return codes;
    }
}
