package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyRepository
        implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {}
