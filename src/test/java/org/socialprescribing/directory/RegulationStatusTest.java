package org.socialprescribing.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.practitioner.Registration;
import org.socialprescribing.directory.practitioner.RegulationStatus;
import org.socialprescribing.directory.register.Register;

/** What assures a practitioner today, derived from its registrations. */
class RegulationStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void currentStatutoryRegistrationMakesPractitionerStatutory() {
        assertEquals(
                RegulationStatus.STATUTORY,
                RegulationStatus.of(List.of(current(Register.GOSC)), TODAY));
    }

    @Test
    void currentAccreditedRegistrationMakesPractitionerAccredited() {
        assertEquals(
                RegulationStatus.ACCREDITED_REGISTER,
                RegulationStatus.of(List.of(current(Register.CNHC)), TODAY));
    }

    @Test
    void statutoryBeatsAccreditedWhicheverComesFirst() {
        assertEquals(
                RegulationStatus.STATUTORY,
                RegulationStatus.of(List.of(current(Register.BAC), current(Register.HCPC)), TODAY));
        assertEquals(
                RegulationStatus.STATUTORY,
                RegulationStatus.of(List.of(current(Register.HCPC), current(Register.BAC)), TODAY));
    }

    @Test
    void expiredRegistrationIsNotCurrentAndMakesPractitionerUnverified() {
        Registration expired = registration(Register.CNHC, TODAY.minusDays(1), TODAY.minusYears(1));
        assertFalse(expired.isCurrent(TODAY));
        assertEquals(RegulationStatus.UNVERIFIED, RegulationStatus.of(List.of(expired), TODAY));
    }

    @Test
    void registrationExpiringTodayIsStillCurrent() {
        Registration lastDay = registration(Register.GOSC, TODAY, TODAY.minusMonths(6));
        assertTrue(lastDay.isCurrent(TODAY));
        assertEquals(RegulationStatus.STATUTORY, RegulationStatus.of(List.of(lastDay), TODAY));
    }

    @Test
    void expiredStatutoryRegistrationFallsBackToCurrentAccreditedOne() {
        Registration expiredStatutory =
                registration(Register.GOSC, TODAY.minusDays(1), TODAY.minusYears(1));
        assertEquals(
                RegulationStatus.ACCREDITED_REGISTER,
                RegulationStatus.of(List.of(expiredStatutory, current(Register.CNHC)), TODAY));
    }

    @Test
    void unverifiedRegistrationAssuresNothing() {
        Registration unchecked = registration(Register.GOSC, TODAY.plusYears(1), null);
        assertFalse(unchecked.isCurrent(TODAY));
        assertEquals(RegulationStatus.UNVERIFIED, RegulationStatus.of(List.of(unchecked), TODAY));
    }

    @Test
    void otherRegisterAssuresNothingEvenWhenVerifiedAndInDate() {
        Registration other = current(Register.OTHER);
        other.registerName = "Guild of Wellness Practitioners";
        assertFalse(other.isCurrent(TODAY));
        assertEquals(RegulationStatus.UNVERIFIED, RegulationStatus.of(List.of(other), TODAY));
    }

    @Test
    void noRegistrationsMeansUnverified() {
        assertEquals(RegulationStatus.UNVERIFIED, RegulationStatus.of(List.of(), TODAY));
        assertFalse(RegulationStatus.UNVERIFIED.isRegulated());
        assertTrue(RegulationStatus.STATUTORY.isRegulated());
        assertTrue(RegulationStatus.ACCREDITED_REGISTER.isRegulated());
    }

    private static Registration current(Register register) {
        return registration(register, TODAY.plusYears(1), TODAY.minusMonths(1));
    }

    private static Registration registration(
            Register register, LocalDate expiresOn, LocalDate verifiedOn) {
        Registration registration = new Registration();
        registration.register = register;
        registration.number = register.name() + "-1";
        registration.expiresOn = expiresOn;
        registration.verifiedOn = verifiedOn;
        return registration;
    }
}
