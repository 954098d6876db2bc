package org.socialprescribing.report.activity;

import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.report.ReportParameters;

/** The activity report's query parameters: every report's, and what to group by. */
public class ActivityParameters extends ReportParameters {
    @Parameter(
            description =
                    "Up to three dimensions to group by, comma-separated. CONDITION_CATEGORY is"
                            + " multi-valued: a referral with conditions in two categories is in"
                            + " both rows, so the rows overlap and the totals count each referral"
                            + " once (cellsOverlap)",
            style = ParameterStyle.FORM,
            explode = Explode.FALSE,
            schema =
                    @Schema(
                            type = SchemaType.ARRAY,
                            implementation = Dimension.class,
                            maxItems = 3))
    @QueryParam("groupBy")
    String groupBy;

    /** The dimensions asked for, in order and each once; none when not grouped. */
    List<Dimension> dimensions() {
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
