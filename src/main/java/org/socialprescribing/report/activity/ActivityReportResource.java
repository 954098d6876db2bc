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
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.ReportRequests;

@Path("/api/v1/reports/activity")
@Tag(name = "Reports")
public class ActivityReportResource {
    private final ActivityReportService reports;
    private final ReportRequests requests;

    public ActivityReportResource(ActivityReportService reports, ReportRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Activity for referrals received in a period, grouped as asked, safe to publish"
                            + " (JSON, or the same table as CSV with Accept: text/csv)")
    @APIResponse(
            responseCode = "200",
            description = "The report, with its period, grouping and disclosure rules")
    public ActivityReport activity(@BeanParam ActivityParameters parameters) {
        return reports.activity(requests.of(parameters), parameters.dimensions());
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "The activity report as CSV")
    @APIResponse(responseCode = "200", description = "The same table as CSV, with a header row")
    public String activityCsv(@BeanParam ActivityParameters parameters) {
        return ActivityCsv.of(activity(parameters));
    }
}
