package org.socialprescribing.directory.practitioner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A complementary-therapy practitioner that can receive referrals. */
@Entity
@Table(name = "practitioner")
public class Practitioner {
    @Id public UUID id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String phone;

    public String postcode;

    public String location;

    @Column(name = "accepting_referrals")
    public boolean acceptingReferrals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "practitioner_therapy",
            joinColumns = @JoinColumn(name = "practitioner_id"))
    @Column(name = "therapy_code")
    public Set<String> therapyCodes = new LinkedHashSet<>();

    @OneToMany(
            mappedBy = "practitioner",
            cascade = CascadeType.ALL,
            orphanRemoval = true,
            fetch = FetchType.EAGER)
    @OrderBy("expiresOn DESC")
    public List<Registration> registrations = new ArrayList<>();

    public RegulationStatus regulationStatus(LocalDate today) {
        return RegulationStatus.of(registrations, today);
    }

    public boolean offers(String therapyCode) {
        return therapyCodes.contains(therapyCode);
    }
}
