package org.socialprescribing.report.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.value.ValueReport.Figures;

/** The value figures of one group against hand calculations, at the suppression edges. */
class ValueFiguresTest {
    private static final DisclosureControl CONTROL = new DisclosureControl(7, 5, false);

    /** n patients, each 4 appointments before and 3 after, 2,500p spent on each. */
    private static ValueReportService.Raw patients(int n) {
        ValueReportService.Raw raw = new ValueReportService.Raw();
        raw.referrals = n;
        raw.counted = n;
        raw.sumBefore = 4L * n;
        raw.sumAfter = 3L * n;
        raw.sumChangeSquared = n;
        raw.spent = 2500L * n;
        raw.answered = n;
        raw.positive = n - 1;
        raw.offSick = n;
        raw.returned = n / 2;
        return raw;
    }

    @Test
    void sevenPatientsSuppressEveryFigureBuiltOnThem() {
        Figures f = ValueReportService.publish(patients(7), 3000L, CONTROL);
        assertTrue(f.referrals().suppressed());
        assertTrue(f.patientsWithAppointmentCounts().suppressed());
        assertTrue(f.meanAppointmentsBefore().suppressed());
        assertTrue(f.meanChange().suppressed());
        assertTrue(f.meanChangeLow().suppressed());
        assertTrue(f.spent().suppressed());
        assertTrue(f.appointmentCostAvoided().suppressed());
        assertTrue(f.netCostPerPatient().suppressed());
        assertTrue(f.positiveExperienceShare().suppressed());
        assertTrue(f.returnedToWorkShare().suppressed());
    }

    @Test
    void eightPatientsArePublishedAndThePenceAddUp() {
        Figures f = ValueReportService.publish(patients(8), 3000L, CONTROL);
        // 8 people round to 10
        assertEquals(10L, f.patientsWithAppointmentCounts().value());
        assertEquals(new BigDecimal("4.000"), f.meanAppointmentsBefore().value());
        assertEquals(new BigDecimal("-1.000"), f.meanChange().value());
        // every change is -1: no spread, so the interval is the mean itself
        assertEquals(new BigDecimal("-1.000"), f.meanChangeLow().value());
        assertEquals(20000L, f.spent().pence()); // 8 x 2,500
        assertEquals(24000L, f.appointmentCostAvoided().pence()); // (32 - 24) x 3,000
        assertEquals(-500L, f.netCostPerPatient().pence()); // (20,000 - 24,000) / 8
        assertEquals(new BigDecimal("0.875"), f.positiveExperienceShare().value()); // 7 / 8
        assertEquals(new BigDecimal("0.500"), f.returnedToWorkShare().value()); // 4 / 8
    }

    @Test
    void withoutAUnitCostThereIsNoCostAvoidedAndNoNetCost() {
        Figures f = ValueReportService.publish(patients(8), null, CONTROL);
        assertNull(f.appointmentCostAvoided().pence());
        assertNull(f.netCostPerPatient().pence());
        assertEquals(20000L, f.spent().pence());
    }

    @Test
    void aRoundingPennyIsHalfUpOnNetCostPerPatient() {
        ValueReportService.Raw raw = patients(9);
        raw.spent = 10001; // (10,001 - 27,000) / 9 = -1,888.78p
        Figures f = ValueReportService.publish(raw, 3000L, CONTROL);
        assertEquals(27000L, f.appointmentCostAvoided().pence()); // (36 - 27) x 3,000
        assertEquals(-1889L, f.netCostPerPatient().pence());
    }
}
