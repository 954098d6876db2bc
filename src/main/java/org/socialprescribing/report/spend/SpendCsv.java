package org.socialprescribing.report.spend;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.spend.SpendReport.Figures;

/** The spend report as the same table in CSV, money in pence, with a TOTAL row. */
final class SpendCsv {
    private static final List<String> HEADER =
            List.of(
                    "funder_code",
                    "funder_name",
                    "scheme_id",
                    "scheme_name",
                    "route",
                    "therapy",
                    "patients_funded",
                    "committed_pence",
                    "spent_pence",
                    "patient_contributions_pence",
                    "completed_courses",
                    "cost_per_completed_course_pence",
                    "patients_meaningfully_improved",
                    "cost_per_meaningfully_improved_patient_pence");

    private SpendCsv() {}

    static String of(SpendReport report) {
        Csv csv = Csv.table().row(HEADER);
        for (SpendReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Csv.text(row.funderCode()));
            cells.add(Csv.text(row.funderName()));
            cells.add(Csv.text(row.schemeId()));
            cells.add(Csv.text(row.schemeName()));
            cells.add(Csv.text(row.route()));
            cells.add(Csv.text(row.therapy()));
            cells.addAll(figures(row.figures()));
            csv.row(cells);
        }
        List<String> total = new ArrayList<>(List.of("TOTAL", "", "", "", "", ""));
        total.addAll(figures(report.totals()));
        return csv.row(total).toString();
    }

    private static List<String> figures(Figures f) {
        return List.of(
                Csv.cell(f.patientsFunded()),
                Csv.cell(f.committed()),
                Csv.cell(f.spent()),
                Csv.cell(f.patientContributions()),
                Csv.cell(f.completedCourses()),
                Csv.cell(f.costPerCompletedCourse()),
                Csv.cell(f.patientsMeaningfullyImproved()),
                Csv.cell(f.costPerMeaningfullyImprovedPatient()));
    }
}
