package org.socialprescribing.directory.therapy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.socialprescribing.directory.register.Register;
import org.socialprescribing.directory.register.RegisterView;

/** Wire shapes of the therapy catalogue. */
public final class TherapyApi {
    private TherapyApi() {}

    public record TherapyView(
            @NotNull String code,
            @NotNull String name,
            @NotNull TherapyCategory category,
            @NotNull String summary,
            @NotNull String evidenceSummary,
            String niceGuidance,
            String snomedCode,
            @NotNull List<RegisterView> assuringRegisters) {

        static TherapyView of(Therapy therapy) {
            return new TherapyView(
                    therapy.code,
                    therapy.name,
                    therapy.category,
                    therapy.summary,
                    therapy.evidenceSummary,
                    therapy.niceGuidance,
                    therapy.snomedCode,
                    therapy.assuringRegisters.stream().sorted().map(RegisterView::of).toList());
        }
    }

    public record TherapyRequest(
            @NotNull
                    @Pattern(
                            regexp = "[A-Z][A-Z_]{1,39}",
                            message = "must be upper-case words joined by _")
                    String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull TherapyCategory category,
            @NotBlank @Size(max = 1000) String summary,
            @NotBlank @Size(max = 2000) String evidenceSummary,
            @Size(max = 2000) String niceGuidance,
            @Pattern(regexp = "\\d{6,18}", message = "must be a SNOMED CT concept id")
                    String snomedCode,
            @Valid List<@NotNull Register> assuringRegisters) {}
}
