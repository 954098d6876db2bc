package org.socialprescribing.directory.practitioner;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What assures a practitioner's practice today, derived from its registrations: a current
 * registration with a statutory regulator beats one on an accredited register; an expired,
 * unverified or unrecognised registration assures nothing.
 */
public enum RegulationStatus {
    STATUTORY,
    ACCREDITED_REGISTER,
    UNVERIFIED;

    public static RegulationStatus of(Collection<Registration> registrations, LocalDate today) {
        boolean accredited = false;
        for (Registration registration : registrations) {
            if (!registration.isCurrent(today)) {
                continue;
            }
            switch (registration.register.kind()) {
                case STATUTORY -> {
                    return STATUTORY;
                }
                case ACCREDITED_REGISTER -> accredited = true;
                default -> {}
            }
        }
        return accredited ? ACCREDITED_REGISTER : UNVERIFIED;
    }

    public boolean isRegulated() {
        return this != UNVERIFIED;
    }
}
