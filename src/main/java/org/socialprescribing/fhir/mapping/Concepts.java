package org.socialprescribing.fhir.mapping;

import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** How an inbound message's coded and free-text elements are read into the API's words. */
final class Concepts {
    private Concepts() {}

    /** The concept's code in one code system, if it has one. */
    static Optional<String> code(CodeableConcept concept, String system) {
        return concept.getCoding().stream()
                .filter(c -> system.equals(c.getSystem()) && c.hasCode())
                .map(Coding::getCode)
                .findFirst();
    }

    /** A concept's words: its text, else its first coding's display. */
    static String text(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(Coding::getDisplay)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
