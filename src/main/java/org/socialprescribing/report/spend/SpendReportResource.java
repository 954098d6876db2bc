package org.socialprescribing.report.spend;

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
public class SpendReportResource {
    private final SpendReportService reports;
    private final ReportRequests requests;

    public SpendReportResource(SpendReportService reports, ReportRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    @GET
    @Path("/spend")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Spend per funder, scheme and therapy on referrals received in a period, safe to"
                            + " publish (the same table as CSV at /api/v1/reports/spend.csv)")
    @APIResponse(
            responseCode = "200",
            description = "The report, with its period, grouping and disclosure rules")
    public SpendReport spend(@BeanParam ReportParameters parameters) {
        return reports.spend(requests.of(parameters));
    }

    @GET
    @Path("/spend.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "The spend report as CSV")
    @APIResponse(
            responseCode = "200",
            description =
                    "The same table as CSV: the header row first, then one row per group and a"
                            + " TOTAL row. The report's period, grouping, generation time and"
                            + " disclosure rules travel in the X-Report-* and X-Disclosure-Rules"
                            + " headers.")
    public RestResponse<String> spendCsv(@BeanParam ReportParameters parameters) {
        SpendReport report = spend(parameters);
        return Csv.response(report, SpendCsv.of(report));
    }
}
