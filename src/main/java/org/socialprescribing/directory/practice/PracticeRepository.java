package org.socialprescribing.directory.practice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<Practice, String> {}
