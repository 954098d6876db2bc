package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {}
