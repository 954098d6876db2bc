package org.socialprescribing.directory.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Wire shapes of GP practices. */
public final class PracticeApi {
    static final String ODS_CODE = "[A-Z0-9]{3,10}";

    private PracticeApi() {}

    public record PracticeView(
            @NotNull String odsCode,
            @NotNull String name,
            @NotNull String pcnCode,
            @NotNull String icbCode,
            String postcode) {
        static PracticeView of(Practice practice) {
            return new PracticeView(
                    practice.odsCode,
                    practice.name,
                    practice.pcnCode,
                    practice.icbCode,
                    practice.postcode);
        }
    }

    public record PracticeRequest(
            @NotNull @Pattern(regexp = ODS_CODE, message = "must be an ODS code such as A81001")
                    String odsCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = ODS_CODE, message = "must be a network code such as U00001")
                    String pcnCode,
            @NotNull @Pattern(regexp = ODS_CODE, message = "must be an ICB code such as QHM")
                    String icbCode,
            @Size(max = 10) String postcode) {}
}
