package cn.jiedao.hub.servicepoint;

import cn.jiedao.hub.servicepoint.RosterGaps.Gap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of service points and their duty rosters. */
public final class ServicePointViews {

    private ServicePointViews() {
    }

    /** A service point to register, or the whole of one to replace (PUT with If-Match). */
    public record RegisterServicePoint(
            @NotNull ServicePointType type,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖社区党群服务中心") String name,
            @Pattern(regexp = "\\d{12}", message = "must be the 12-digit community code") String communityCode,
            @NotBlank @Size(max = 300) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "31.861200") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "117.283000") BigDecimal longitude,
            @NotNull List<@Valid @NotNull OpeningInterval> openingHours,
            @Schema(description = "the services offered") List<@NotBlank @Size(max = 100) String> services,
            @Positive @Max(50) @Schema(description = "staff needed on duty while open; absent: 1") Integer staffRequired) {
    }

    public record ServicePointView(UUID id, ServicePointType type, String name, String communityCode, String address,
            BigDecimal latitude, BigDecimal longitude, List<OpeningInterval> openingHours, List<String> services,
            int staffRequired, OffsetDateTime createdAt, long version) {

        public static ServicePointView of(ServicePoint p) {
            return new ServicePointView(p.id, p.type, p.name, p.communityCode, p.address, p.latitude, p.longitude,
                    p.openingHours, p.services, p.staffRequired, p.createdAt, p.version);
        }
    }

    public record RecordShift(
            @NotNull LocalDate date,
            @NotNull @Schema(type = SchemaType.STRING, example = "08:30") LocalTime from,
            @NotNull @Schema(type = SchemaType.STRING, example = "12:00") LocalTime to,
            @NotEmpty List<@NotBlank @Size(max = 100) String> staff) {
    }

    public record ShiftView(UUID id, UUID servicePointId, LocalDate date,
            @Schema(type = SchemaType.STRING) LocalTime from, @Schema(type = SchemaType.STRING) LocalTime to,
            List<String> staff, String createdBy) {

        public static ShiftView of(Shift s) {
            return new ShiftView(s.id, s.servicePointId, s.day, s.startsAt, s.endsAt, s.staff, s.createdBy);
        }
    }

    /** The month's uncovered intervals day by day; none is a month of 365天不打烊. */
    public record RosterGapsView(UUID servicePointId, @Schema(type = SchemaType.STRING, example = "2023-10")
            YearMonth month, int staffRequired, boolean fullyCovered, List<Gap> gaps) {
    }

    public record OnDutyView(UUID servicePointId, OffsetDateTime at, boolean open, int staffRequired,
            List<String> staff) {
    }
}
