package cn.jiedao.hub.elderly;

import cn.jiedao.hub.servicepoint.ServicePointType;
import cn.jiedao.kernel.validation.PhoneNumber;
import cn.jiedao.kernel.validation.ResidentId;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of elderly services and the 15-minute circle. */
public final class ElderlyViews {

    private ElderlyViews() {
    }

    public record RegisterElderly(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @ResidentId String residentId,
            @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE) String phone,
            @NotNull @PastOrPresent LocalDate birthDate,
            @Schema(description = "the building they live in; its grid is theirs") UUID buildingId,
            @Pattern(regexp = "\\d{15}", message = "must be the 15-digit grid code")
            @Schema(description = "required without a building") String gridCode,
            @Size(max = 300) String address,
            @NotNull @AssertTrue(message = "a resident is registered only with their consent")
            @Schema(description = "the resident agreed to be registered") Boolean consentGiven,
            @NotBlank @Size(max = 300) @Schema(example = "登记信息用于养老服务与探访") String consentScope,
            @NotNull @PastOrPresent LocalDate consentGivenOn) {
    }

    public record ElderlyView(UUID id, String name,
            @Schema(description = "masked for every role but hub-staff") String residentId,
            @Schema(description = "masked for every role but hub-staff") String phone, LocalDate birthDate,
            UUID buildingId, String gridCode, String address, String consentScope, LocalDate consentGivenOn,
            String consentRecordedBy, long version) {

        static ElderlyView of(ElderlyResident r, boolean unmasked) {
            return new ElderlyView(r.id, r.name, unmasked ? r.residentId : ResidentIdNumber.mask(r.residentId),
                    unmasked ? r.phone : PhoneNumber.mask(r.phone), r.birthDate, r.buildingId, r.gridCode, r.address,
                    r.consentScope, r.consentGivenOn, r.consentRecordedBy, r.version);
        }
    }

    public record RecordMeals(@NotNull @PositiveOrZero Integer meals) {
    }

    public record MealDayView(UUID servicePointId, LocalDate date, int meals, String recordedBy) {

        static MealDayView of(CanteenMealDay m) {
            return new MealDayView(m.servicePointId, m.day, m.meals, m.recordedBy);
        }
    }

    public record MealsView(LocalDate from, LocalDate to, long meals, List<MealDayView> days) {
    }

    public record RecordActivity(
            @NotNull ActivityKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "重阳节合唱") String title,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) String place,
            UUID servicePointId,
            @NotNull @PositiveOrZero Integer participants) {
    }

    public record ActivityView(UUID id, ActivityKind kind, String title, LocalDate heldOn, String place,
            UUID servicePointId, int participants, String createdBy) {

        static ActivityView of(ElderlyActivity a) {
            return new ActivityView(a.id, a.kind, a.title, a.heldOn, a.place, a.servicePointId, a.participants,
                    a.createdBy);
        }
    }

    /** A service point within reach, with its straight-line distance and walking minutes. */
    public record Reachable(UUID id, String name, String address, long distanceMetres, BigDecimal walkingMinutes) {
    }

    public record Category(ServicePointType type, List<Reachable> points) {
    }

    public record CircleView(
            BigDecimal latitude, BigDecimal longitude,
            UUID buildingId, BigDecimal walkingSpeedKmh, BigDecimal detourFactor, int minutes,
            @Schema(description = "the straight-line distance a walk of the minutes reaches") long reachMetres,
            @Schema(description = "the categories within reach, nearest first within each") List<Category> categories,
            @Schema(description = "the categories with no service point within reach") List<ServicePointType> missing) {
    }

    public record BuildingGaps(UUID buildingId, String name, String gridCode, List<ServicePointType> missing) {
    }

    public record CommunityGaps(String communityCode, int minutes, List<BuildingGaps> buildings,
            @Schema(description = "buildings without a recorded location, not assessed") List<UUID> notLocated) {
    }
}
