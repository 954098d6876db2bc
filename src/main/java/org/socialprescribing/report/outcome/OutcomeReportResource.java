package org.socialprescribing.report.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
                            + " headers.")
    public RestResponse<String> outcomesCsv(@BeanParam ReportParameters parameters) {
        OutcomeReport report = outcomes(parameters);
        return Csv.response(report, OutcomeCsv.of(report));
    }
}
