package org.socialprescribing.report.outcome;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.outcome.OutcomeReport.Row;

/** The outcome report as the same table in CSV: the therapies' rows, then ALL rows per score. */
final class OutcomeCsv {
    private static final List<String> HEADER =
            List.of(
                    "therapy",
                    "measure",
                    "score",
                    "direction",
                    "patients",
                    "mean_baseline",
                    "mean_end",
                    "mean_change",
                    "mean_change_95ci_low",
                    "mean_change_95ci_high",
                    "share_meaningfully_improved");

    private OutcomeCsv() {}

    static String of(OutcomeReport report) {
        Csv csv = Csv.table().row(HEADER);
        report.rows().forEach(row -> csv.row(cells(row)));
        report.totals().forEach(row -> csv.row(cells(row)));
        return csv.toString();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(Csv.text(row.therapy()));
        cells.add(row.measure().name());
        cells.add(row.score());
        cells.add(row.direction().name());
        cells.add(Csv.cell(row.patients()));
        cells.add(Csv.cell(row.meanBaseline()));
        cells.add(Csv.cell(row.meanEnd()));
        cells.add(Csv.cell(row.meanChange()));
        cells.add(Csv.cell(row.meanChangeLow()));
        cells.add(Csv.cell(row.meanChangeHigh()));
        cells.add(Csv.cell(row.shareMeaningfullyImproved()));
        return cells;
    }
}
