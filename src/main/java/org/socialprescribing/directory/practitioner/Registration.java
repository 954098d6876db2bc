package org.socialprescribing.directory.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.socialprescribing.directory.register.Register;

/**
 * A practitioner's entry on a register: which register, the number, until when, and when checked.
 */
@Entity
@Table(name = "registration")
public class Registration {
    @Id public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "practitioner_id")
    public Practitioner practitioner;

    @Enumerated(EnumType.STRING)
    public Register register;

    /** The body's name when the register is {@link Register#OTHER}. */
    @Column(name = "register_name")
    public String registerName;

    @Column(name = "registration_number")
    public String number;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /**
     * When the service checked the entry on the register itself; unchecked entries assure nothing.
     */
    @Column(name = "verified_on")
    public LocalDate verifiedOn;

    public boolean isCurrent(LocalDate today) {
        return register.kind() != Register.RegisterKind.UNRECOGNISED
                && verifiedOn != null
                && !expiresOn.isBefore(today);
    }
}
