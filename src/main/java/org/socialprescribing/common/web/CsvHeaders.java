package org.socialprescribing.common.web;

import java.util.List;

/**
 * The response headers of every CSV download: its file name and what the report states about
 * itself, so that the file stays a plain table. Named here, in one place, for the reports that set
 * them and for the OpenAPI document, which gives them to every text/csv 200.
 */
public final class CsvHeaders {
    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_DISPOSITION = "Content-Disposition";
    public static final String REPORT = "X-Report";
    public static final String PERIOD = "X-Report-Period";
    public static final String GROUPING = "X-Report-Grouping";
    public static final String CELLS_OVERLAP = "X-Report-Cells-Overlap";
    public static final String GENERATED = "X-Report-Generated-At";
    public static final String RULES = "X-Disclosure-Rules";

    /** A header as documented: name, description and, for a date-time, its format. */
    record Documented(String name, String description, String format) {}

    static final List<Documented> DOCUMENTED =
            List.of(
                    new Documented(CONTENT_DISPOSITION, "attachment, with the file name", null),
                    new Documented(
                            REPORT, "Which report: activity, outcomes, spend or value", null),
                    new Documented(
                            PERIOD, "The first and last day, as 2025-01-01/2025-12-31", null),
                    new Documented(
                            GROUPING, "The grouping dimensions, comma-separated, or none", null),
                    new Documented(
                            CELLS_OVERLAP,
                            "true when a referral can be in more than one row (grouped by"
                                    + " CONDITION_CATEGORY): the rows then do not add up to the"
                                    + " TOTAL row, which counts each referral once; otherwise"
                                    + " false",
                            null),
                    new Documented(GENERATED, "When the report was made (ISO 8601)", "date-time"),
                    new Documented(RULES, "The disclosure rules applied, in words", null));

    private CsvHeaders() {}
}
