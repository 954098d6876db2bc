package org.socialprescribing.report;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every report takes, as one {@code @BeanParam}: the period and whether an
 * admin asks for unrounded figures. They arrive as text so that {@link ReportRequests} can name the
 * parameter that is wrong.
 */
public class ReportParameters {
    @Parameter(
            description = "First day (inclusive); default a year before to",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(
            description = "Last day (inclusive); default today",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    @Parameter(
            description = "true for unrounded figures (admin only)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("unrounded")
    String unrounded;
}
