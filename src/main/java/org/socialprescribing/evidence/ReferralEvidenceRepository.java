package org.socialprescribing.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReferralEvidenceRepository implements PanacheRepositoryBase<ReferralEvidence, UUID> {}
