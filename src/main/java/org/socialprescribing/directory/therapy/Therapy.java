package org.socialprescribing.directory.therapy;

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
import java.util.LinkedHashSet;
import java.util.Set;
import org.socialprescribing.directory.register.Register;

/**
 * A complementary therapy in the catalogue, with what is known of its evidence and who assures it.
 */
@Entity
@Table(name = "therapy")
public class Therapy {
    @Id public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public TherapyCategory category;

    public String summary;

    @Column(name = "evidence_summary")
    public String evidenceSummary;

    @Column(name = "nice_guidance")
    public String niceGuidance;

    /** Left empty unless the SNOMED CT concept has been verified. */
    @Column(name = "snomed_code")
    public String snomedCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "therapy_register", joinColumns = @JoinColumn(name = "therapy_code"))
    @Column(name = "register")
    @Enumerated(EnumType.STRING)
    public Set<Register> assuringRegisters = new LinkedHashSet<>();
}
