package org.socialprescribing.report.value;

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
import org.socialprescribing.report.ReportRequests;

@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ValueReportResource {
    private final ValueReportService reports;
    private final ReportRequests requests;

    public ValueReportResource(ValueReportService reports, ReportRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    @GET
    @Path("/value")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Value per therapy and funding scheme on referrals received in a period: GP"
                            + " appointments before and after, spend, appointment cost avoided at"
                            + " your unit cost, patient experience and return to work, safe to"
                            + " publish (the same table as CSV at /api/v1/reports/value.csv)")
    @APIResponse(
            responseCode = "200",
            description = "The report, with its period, grouping, unit cost and disclosure rules")
    public ValueReport value(@BeanParam ValueParameters parameters) {
        return reports.value(requests.of(parameters), parameters.unitCostPence());
    }

    @GET
    @Path("/value.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "The value report as CSV")
    @APIResponse(
            responseCode = "200",
            description =
                    "The same table as CSV: the header row first, then one row per group and a"
                            + " TOTAL row. The report's period, grouping, generation time and"
                            + " disclosure rules travel in the X-Report-* and X-Disclosure-Rules"
                            + " headers.")
    public RestResponse<String> valueCsv(@BeanParam ValueParameters parameters) {
        ValueReport report = value(parameters);
        return Csv.response(report, ValueCsv.of(report));
    }
}
