package org.socialprescribing.directory.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GP practice, known by its ODS code, in a primary care network and an ICB. */
@Entity
@Table(name = "practice")
public class Practice {
    @Id
    @Column(name = "ods_code")
    public String odsCode;

    public String name;

    @Column(name = "pcn_code")
    public String pcnCode;

    @Column(name = "icb_code")
    public String icbCode;

    public String postcode;
}
