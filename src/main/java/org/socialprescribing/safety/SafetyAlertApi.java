package org.socialprescribing.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Wire shapes of safety alerts. */
public final class SafetyAlertApi {
    private SafetyAlertApi() {}

    public record SafetyAlertRequest(
            @NotNull Severity severity,
            @NotBlank @Size(max = 4000) String whatHappened,
            @NotBlank @Size(max = 4000) String actionTaken) {}

    public record SafetyAlertView(
            @NotNull UUID id,
            @NotNull UUID referralId,
            @NotNull Severity severity,
            @NotNull String whatHappened,
            @NotNull String actionTaken,
            @NotNull boolean raisedAutomatically,
            @NotNull Instant raisedAt,
            @NotNull boolean acknowledgedByPractice) {}
}
