package org.socialprescribing.report.activity;

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
public class ActivityReportResource {
    private final ActivityReportService reports;
    private final ReportRequests requests;

    public ActivityReportResource(ActivityReportService reports, ReportRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    @GET
    @Path("/activity")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Activity for referrals received in a period, grouped as asked, safe to publish"
                            + " (the same table as CSV at /api/v1/reports/activity.csv)")
    @APIResponse(
            responseCode = "200",
            description =
                    "The report, with its period, grouping and disclosure rules; cellsOverlap"
                            + " says whether a referral can be in more than one row")
    public ActivityReport activity(@BeanParam ActivityParameters parameters) {
        return reports.activity(requests.of(parameters), parameters.dimensions());
    }

    @GET
    @Path("/activity.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "The activity report as CSV")
    @APIResponse(
            responseCode = "200",
            description =
                    "The same table as CSV: the header row first, then one row per group and a"
                            + " TOTAL row. The report's period, grouping, generation time and"
                            + " disclosure rules travel in the X-Report-* and X-Disclosure-Rules"
                            + " headers. Grouped by CONDITION_CATEGORY the rows overlap"
                            + " (X-Report-Cells-Overlap: true): the TOTAL row then counts each"
                            + " referral once and is not the sum of the rows.")
    public RestResponse<String> activityCsv(@BeanParam ActivityParameters parameters) {
        ActivityReport report = activity(parameters);
        return Csv.response(report, ActivityCsv.of(report));
    }
}
