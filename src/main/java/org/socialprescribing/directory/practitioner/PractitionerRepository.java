package org.socialprescribing.directory.practitioner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PractitionerRepository implements PanacheRepositoryBase<Practitioner, UUID> {}
