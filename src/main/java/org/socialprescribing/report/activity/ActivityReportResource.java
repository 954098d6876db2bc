package org.socialprescribing.report.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.disclosure.DisclosureSettings;

@Path("/api/v1/reports/activity")
@Tag(name = "Reports")
public class ActivityReportResource {
    static final String CSV = "text/csv";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ActivityReportService reports;
    private final DisclosureSettings disclosure;
    private final CurrentCaller caller;
    private final Clock clock;

    public ActivityReportResource(
            ActivityReportService reports,
            DisclosureSettings disclosure,
            CurrentCaller caller,
            Clock clock) {
        this.reports = reports;
        this.disclosure = disclosure;
        this.caller = caller;
        this.clock = clock;
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
        Caller who = caller.get();
        boolean raw = Boolean.TRUE.equals(Params.bool("unrounded", unrounded));
        if (raw && !who.has(Role.ADMIN)) {
            throw DomainException.forbidden("Only an admin may see unrounded figures");
        }
        LocalDate last = to == null ? LocalDate.now(clock.withZone(UK)) : Params.date("to", to);
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : Params.date("from", from);
        if (first.isAfter(last)) {
            throw Params.invalid("from", "must not be after to");
        }
        return reports.activity(
                who, first, last, dimensions(groupBy), DisclosureControl.of(disclosure, raw));
    }

    @GET
    @Produces(CSV)
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
