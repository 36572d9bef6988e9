package cn.jiedao.hub.volunteer;

import cn.jiedao.kernel.validation.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of volunteer teams, volunteers and their activities. */
public final class VolunteerViews {

    /** A mediation case number, as mediation-service writes it. */
    public static final String CASE_NO = "[A-Z]{2}-\\d{4}-\\d{5}";

    private VolunteerViews() {
    }

    public record RegisterTeam(
            @NotBlank @Size(max = 200) @Schema(example = "八月湖红马甲志愿服务队") String name,
            @Pattern(regexp = "\\d{12}", message = "must be a 12-digit community code") String communityCode,
            @Size(max = 100) String leaderName,
            @NotNull @PastOrPresent LocalDate foundedOn) {
    }

    public record TeamView(UUID id, String name, String communityCode, String leaderName, LocalDate foundedOn,
            @Schema(description = "volunteers of the team") long volunteers, long version) {

        static TeamView of(VolunteerTeam t, long volunteers) {
            return new TeamView(t.id, t.name, t.communityCode, t.leaderName, t.foundedOn, volunteers, t.version);
        }
    }

    public record RegisterVolunteer(
            @NotNull UUID teamId,
            @NotBlank @Size(max = 100) @Schema(example = "王芳") String name,
            @NotBlank @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE) String phone,
            @NotNull @PastOrPresent LocalDate joinedOn) {
    }

    public record VolunteerView(UUID id, UUID teamId, String name,
            @Schema(description = "in full for hub staff, masked (138****0000) for every other role") String phone,
            LocalDate joinedOn, long version) {

        static VolunteerView of(Volunteer v, boolean unmasked) {
            return new VolunteerView(v.id, v.teamId, v.name, unmasked ? v.phone : PhoneNumber.mask(v.phone),
                    v.joinedOn, v.version);
        }
    }

    public record ServedHours(
            @NotNull UUID volunteerId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            @Schema(example = "3.5") BigDecimal hours) {
    }

    public record RecordActivity(
            @NotNull UUID teamId,
            @NotNull VolunteerActivityKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "调解邻里漏水纠纷") String title,
            @NotNull @PastOrPresent LocalDate heldOn,
            @Size(max = 300) String place,
            @Pattern(regexp = CASE_NO, message = "must be a mediation case number such as TJ-2023-00001")
            @Schema(description = "the dispute it helped settle, by its mediation case number", example = "TJ-2023-00001")
            String disputeCaseNo,
            @Size(max = 2000) String note,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull ServedHours> hours) {
    }

    public record ActivityView(UUID id, UUID teamId, String teamName, VolunteerActivityKind kind, String title,
            LocalDate heldOn, String place, String disputeCaseNo, String note,
            @Schema(description = "volunteers who served") int volunteers,
            @Schema(description = "hours served, all volunteers together") BigDecimal totalHours,
            @Schema(description = "on a single activity: the hours of each volunteer") List<ServedHours> hours,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    public record TeamHours(UUID teamId, String name, long activities, long volunteers, BigDecimal hours) {
    }

    public record VolunteerHours(UUID volunteerId, String name, UUID teamId, long activities, BigDecimal hours) {
    }

    public record Hours(int year, List<TeamHours> teams,
            @Schema(description = "most hours first") List<VolunteerHours> volunteers) {
    }
}
