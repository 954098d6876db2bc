package org.socialprescribing.report.value;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.ReportParameters;
import org.socialprescribing.report.ReportRequests;

@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ValueReportResource {
    static final String UNIT_COST = "appointmentUnitCostPence";
    private static final long MAX_UNIT_COST = 100_000;

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
    public ValueReport value(
            @BeanParam ReportParameters parameters,
            @Parameter(
                            description =
                                    "The cost of one GP appointment in pence, for the cost avoided"
                                            + " and the net cost per patient (1 to 100000); the"
                                            + " API assumes none",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100000"))
                    @QueryParam(UNIT_COST)
                    String unitCost) {
        return reports.value(requests.of(parameters), unitCost(unitCost));
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
    public RestResponse<String> valueCsv(
            @BeanParam ReportParameters parameters,
            @Parameter(
                            description = "As for the JSON report",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100000"))
                    @QueryParam(UNIT_COST)
                    String unitCost) {
        ValueReport report = value(parameters, unitCost);
        return Csv.response(report, ValueCsv.of(report));
    }

    private static Long unitCost(String value) {
        if (value == null) {
            return null;
        }
        try {
            long pence = Long.parseLong(value);
            if (pence >= 1 && pence <= MAX_UNIT_COST) {
                return pence;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Params.invalid(UNIT_COST, "must be whole pence from 1 to " + MAX_UNIT_COST);
    }
}
