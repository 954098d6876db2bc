package org.socialprescribing.funding.funder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FunderRepository implements PanacheRepositoryBase<Funder, String> {}
