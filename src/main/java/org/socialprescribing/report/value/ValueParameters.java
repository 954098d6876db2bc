package org.socialprescribing.report.value;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.report.ReportParameters;

/** The value report's query parameters: every report's, and the cost of one GP appointment. */
public class ValueParameters extends ReportParameters {
    static final String UNIT_COST = "appointmentUnitCostPence";
    private static final long MAX_UNIT_COST = 100_000;

    @Parameter(
            description =
                    "The cost of one GP appointment in pence, for the cost avoided and the net cost"
                            + " per patient (1 to 100000); the API assumes none",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000"))
    @QueryParam(UNIT_COST)
    String unitCost;

    /** The unit cost in pence, or null when the caller gave none (no cost is assumed). */
    Long unitCostPence() {
        return unitCost == null
                ? null
                : Params.wholeNumber(
                        UNIT_COST,
                        unitCost,
                        1,
                        MAX_UNIT_COST,
                        "must be whole pence from 1 to " + MAX_UNIT_COST);
    }
}
