package org.socialprescribing.funding.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of funding schemes. */
public final class SchemeApi {
    private SchemeApi() {}

    public record SchemeRequest(
            @NotBlank @Size(max = 20) String funderCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull SchemeRoute route,
            @NotNull @Min(1) @Max(100000) @Schema(description = "Pence") Long sessionFeePence,
            @NotNull @Min(1) @Max(52) Integer maxSessions,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull @Min(0) @Schema(description = "Pence") Long budgetPence,
            Boolean chargeDidNotAttend,
            @NotEmpty @Size(max = 30) List<@NotBlank String> therapyCodes,
            @Size(max = 500) List<@NotBlank String> practiceOdsCodes,
            @Size(max = 100) List<@NotBlank String> pcnCodes,
            @Size(max = 20) List<@NotBlank String> icbCodes,
            @Valid SplitDefinition split) {}

    public record SchemeView(
            @NotNull UUID id,
            @NotNull String funderCode,
            @NotNull String name,
            @NotNull SchemeRoute route,
            @NotNull long sessionFeePence,
            @NotNull int maxSessions,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull long budgetPence,
            @NotNull long committedPence,
            @NotNull long spentPence,
            @NotNull long remainingPence,
            @NotNull boolean chargeDidNotAttend,
            @NotNull List<String> therapyCodes,
            @NotNull List<String> practiceOdsCodes,
            @NotNull List<String> pcnCodes,
            @NotNull List<String> icbCodes,
            SplitDefinition split) {}
}
