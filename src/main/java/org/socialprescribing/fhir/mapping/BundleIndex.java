package org.socialprescribing.fhir.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The resources of a message Bundle, found by the references between them. */
public final class BundleIndex {
    private final List<Resource> resources;
    private final Map<String, Resource> byReference = new HashMap<>();

    public BundleIndex(Bundle bundle) {
        this.resources =
                bundle.getEntry().stream()
                        .map(BundleEntryComponent::getResource)
                        .filter(r -> r != null)
                        .toList();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (entry.hasFullUrl()) {
                byReference.put(entry.getFullUrl(), resource);
            }
            if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
                byReference.put(
                        resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
    }

    /** The resource a reference points at, if the Bundle holds it and it is of the given type. */
    public <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        Resource found = byReference.get(target);
        if (found == null) {
            found =
                    byReference.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("/" + target))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null);
        }
        return Optional.ofNullable(found).filter(type::isInstance).map(type::cast);
    }

    /** Every resource of this type in the Bundle, in order. */
    public <T extends Resource> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
