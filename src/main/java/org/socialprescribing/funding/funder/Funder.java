package org.socialprescribing.funding.funder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation that pays for sessions; a commissioner acts for the funder named by its org_code.
 */
@Entity
@Table(name = "funder")
public class Funder {
    @Id public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "funder_type")
    public FunderType type;
}
