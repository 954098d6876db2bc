package org.socialprescribing.report.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.ReportParameters;
import org.socialprescribing.report.ReportRequests;

@Path("/api/v1/reports")
@Tag(name = "Reports")
public class OutcomeReportResource {
    private final OutcomeReportService reports;
    private final ReportRequests requests;

    public OutcomeReportResource(OutcomeReportService reports, ReportRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    @GET
    @Path("/outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Outcomes per therapy, measure and score for referrals received in a period,"
                            + " safe to publish (the same table as CSV at /api/v1/reports/outcomes.csv)")
    @APIResponse(
            responseCode = "200",
            description = "The report, with its period, grouping and disclosure rules")
    public OutcomeReport outcomes(@BeanParam ReportParameters parameters) {
        return reports.outcomes(requests.of(parameters));
    }

    @GET
    @Path("/outcomes.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "The outcome report as CSV")
    @APIResponse(
            responseCode = "200",
            description =
                    "The same table as CSV: the header row first, then one row per group and a"
                            + " TOTAL row. The report's period, grouping, generation time and"
                            + " disclosure rules travel in the X-Report-* and X-Disclosure-Rules"
                            + " headers.",
            headers = {
                @Header(
                        name = "Content-Disposition",
                        description = "attachment, with the file name",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Csv.REPORT_HEADER,
                        description = "Which report: activity, outcomes or spend",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Csv.PERIOD_HEADER,
                        description = "The first and last day, as 2025-01-01/2025-12-31",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Csv.GROUPING_HEADER,
                        description = "The grouping dimensions, comma-separated, or none",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Csv.GENERATED_HEADER,
                        description = "When the report was made (ISO 8601)",
                        schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                @Header(
                        name = Csv.RULES_HEADER,
                        description = "The disclosure rules applied, in words",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<String> outcomesCsv(@BeanParam ReportParameters parameters) {
        OutcomeReport report = outcomes(parameters);
        return Csv.response(report, OutcomeCsv.of(report));
    }
}
