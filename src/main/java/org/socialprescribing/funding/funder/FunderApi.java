package org.socialprescribing.funding.funder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Wire shapes of funders. */
public final class FunderApi {
    private FunderApi() {}

    public record FunderView(
            @NotNull String code,
            @NotNull String name,
            @NotNull FunderType type,
            @NotNull String typeDescription) {
        static FunderView of(Funder funder) {
            return new FunderView(funder.code, funder.name, funder.type, funder.type.description());
        }
    }

    public record FunderRequest(
            @NotNull
                    @Pattern(
                            regexp = "[A-Z0-9]{2,20}",
                            message = "must be an organisation code such as QHM")
                    String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull FunderType type) {}
}
