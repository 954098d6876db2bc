package org.socialprescribing.funding.charge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChargeLineRepository implements PanacheRepositoryBase<ChargeLine, UUID> {

    public List<ChargeLine> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("createdAt").and("payer"), referralId);
    }

    public List<ChargeLine> ofSession(UUID sessionId) {
        return list("sessionId", sessionId);
    }
}
