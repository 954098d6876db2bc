package org.socialprescribing.treatment.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of treatment sessions. */
public final class SessionApi {
    private SessionApi() {}

    public record SessionRequest(
            @NotNull @Schema(example = "2026-12-01T10:00:00Z") OffsetDateTime scheduledAt,
            @NotNull @Min(5) @Max(480) Integer durationMinutes,
            @NotNull SessionFormat format,
            @NotNull DeliveryMode mode,
            @Size(max = 200) String location) {}

    public record AttendanceRequest(
            @NotNull Attendance attendance, @Size(max = 2000) String note) {}

    public record SessionView(
            @NotNull UUID id,
            @NotNull UUID referralId,
            @NotNull Instant scheduledAt,
            @NotNull int durationMinutes,
            @NotNull SessionFormat format,
            @NotNull DeliveryMode mode,
            String location,
            Attendance attendance,
            String attendanceNote,
            Instant attendanceRecordedAt) {

        static SessionView of(TreatmentSession s) {
            return new SessionView(
                    s.id,
                    s.referralId,
                    s.scheduledAt,
                    s.durationMinutes,
                    s.format,
                    s.mode,
                    s.location,
                    s.attendance,
                    s.attendanceNote,
                    s.attendanceRecordedAt);
        }
    }
}
