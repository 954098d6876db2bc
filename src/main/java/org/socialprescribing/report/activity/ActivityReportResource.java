package org.socialprescribing.report.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
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
    public ActivityReport activity(
            @Parameter(description = "First day (inclusive); default a year before to")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day (inclusive); default today") @QueryParam("to")
                    String to,
            @Parameter(
                            description =
                                    "Comma-separated, up to three: MONTH, PRACTICE, NETWORK, THERAPY,"
                                            + " PRACTITIONER, CONDITION_CATEGORY, FUNDING_ROUTE")
                    @QueryParam("groupBy")
                    String groupBy,
            @Parameter(description = "true for unrounded figures (admin only)")
                    @QueryParam("unrounded")
                    String unrounded) {
        return reports.activity(requests.of(from, to, unrounded), dimensions(groupBy));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "The activity report as CSV")
    @APIResponse(responseCode = "200", description = "The same table as CSV, with a header row")
    public String activityCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("unrounded") String unrounded) {
        return ActivityCsv.of(activity(from, to, groupBy, unrounded));
    }

    private static List<Dimension> dimensions(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of();
        }
        List<Dimension> dimensions =
                Arrays.stream(groupBy.split(","))
                        .map(d -> Params.enumValue("groupBy", d.trim(), Dimension.class))
                        .distinct()
                        .toList();
        if (dimensions.size() > 3) {
            throw Params.invalid("groupBy", "at most three dimensions");
        }
        return dimensions;
    }
}
