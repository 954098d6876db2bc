package org.socialprescribing.report.value;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.value.ValueReport.Figures;

/** The value report as the same table in CSV, money in pence, with a TOTAL row. */
final class ValueCsv {
    private static final List<String> HEADER =
            List.of(
                    "therapy",
                    "scheme_id",
                    "scheme_name",
                    "referrals",
                    "patients_with_appointment_counts",
                    "mean_appointments_before",
                    "mean_appointments_after",
                    "mean_change",
                    "mean_change_95ci_low",
                    "mean_change_95ci_high",
                    "spent_pence",
                    "appointment_cost_avoided_pence",
                    "net_cost_per_patient_pence",
                    "experience_answers",
                    "positive_experience_share",
                    "off_sick_at_baseline",
                    "returned_to_work_share");

    private ValueCsv() {}

    static String of(ValueReport report) {
        Csv csv = Csv.table().row(HEADER);
        for (ValueReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Csv.text(row.therapy()));
            cells.add(Csv.text(row.schemeId()));
            cells.add(Csv.text(row.schemeName()));
            cells.addAll(figures(row.figures()));
            csv.row(cells);
        }
        List<String> total = new ArrayList<>(List.of("TOTAL", "", ""));
        total.addAll(figures(report.totals()));
        return csv.row(total).toString();
    }

    private static List<String> figures(Figures f) {
        return List.of(
                Csv.cell(f.referrals()),
                Csv.cell(f.patientsWithAppointmentCounts()),
                Csv.cell(f.meanAppointmentsBefore()),
                Csv.cell(f.meanAppointmentsAfter()),
                Csv.cell(f.meanChange()),
                Csv.cell(f.meanChangeLow()),
                Csv.cell(f.meanChangeHigh()),
                Csv.cell(f.spent()),
                Csv.cell(f.appointmentCostAvoided()),
                Csv.cell(f.netCostPerPatient()),
                Csv.cell(f.experienceAnswers()),
                Csv.cell(f.positiveExperienceShare()),
                Csv.cell(f.offSickAtBaseline()),
                Csv.cell(f.returnedToWorkShare()));
    }
}
