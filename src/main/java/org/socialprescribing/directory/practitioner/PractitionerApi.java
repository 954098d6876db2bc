package org.socialprescribing.directory.practitioner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.directory.register.Register;

/** Wire shapes of practitioners and their registrations. */
public final class PractitionerApi {
    private PractitionerApi() {}

    public record PractitionerView(
            @NotNull UUID id,
            @NotNull String displayName,
            String email,
            String phone,
            String postcode,
            String location,
            @NotNull boolean acceptingReferrals,
            @NotNull List<String> therapyCodes,
            @NotNull List<RegistrationView> registrations,
            @NotNull RegulationStatus regulationStatus,
            @NotNull ResponseFigures referralResponses) {

        static PractitionerView of(Practitioner p, LocalDate today, ResponseFigures figures) {
            return new PractitionerView(
                    p.id,
                    p.displayName,
                    p.email,
                    p.phone,
                    p.postcode,
                    p.location,
                    p.acceptingReferrals,
                    p.therapyCodes.stream().sorted().toList(),
                    p.registrations.stream().map(r -> RegistrationView.of(r, today)).toList(),
                    p.regulationStatus(today),
                    figures);
        }
    }

    public record RegistrationView(
            @NotNull Register register,
            @NotNull String registerName,
            @NotNull Register.RegisterKind registerKind,
            @NotNull String number,
            @NotNull LocalDate expiresOn,
            LocalDate verifiedOn,
            @NotNull boolean current) {

        static RegistrationView of(Registration r, LocalDate today) {
            String name = r.register == Register.OTHER ? r.registerName : r.register.fullName();
            return new RegistrationView(
                    r.register,
                    name,
                    r.register.kind(),
                    r.number,
                    r.expiresOn,
                    r.verifiedOn,
                    r.isCurrent(today));
        }
    }

    public record PractitionerRequest(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 200) String email,
            @Size(max = 40) String phone,
            @Size(max = 10) String postcode,
            @Size(max = 200) String location,
            @NotNull Boolean acceptingReferrals,
            @NotEmpty List<@NotBlank String> therapyCodes,
            @Valid List<@NotNull RegistrationRequest> registrations) {}

    public record RegistrationRequest(
            @NotNull Register register,
            @Size(max = 200) String registerName,
            @NotBlank @Size(max = 40) String number,
            @NotNull LocalDate expiresOn,
            LocalDate verifiedOn) {}
}
