package org.socialprescribing.directory.therapy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TherapyRepository implements PanacheRepositoryBase<Therapy, String> {}
