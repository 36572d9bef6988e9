package cn.jiedao.hub.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of community facilities and works. */
public final class FacilityViews {

    private FacilityViews() {
    }

    /** A facility to register, or the whole of one to replace (PUT with If-Match). */
    public record RegisterFacility(
            @NotNull FacilityType type,
            @NotBlank @Size(max = 200) @Schema(example = "幸福时光电动车棚") String name,
            @NotNull UUID compoundId,
            @NotNull FacilityStatus status,
            @Schema(description = "the day it went into service; required unless it is being built")
            LocalDate installedOn,
            @NotNull @PositiveOrZero @Schema(description = "charging piles of the site, or places of the shed")
            Integer capacity) {
    }

    public record FacilityView(UUID id, FacilityType type, String name, UUID compoundId, FacilityStatus status,
            LocalDate installedOn, int capacity, OffsetDateTime createdAt, long version) {

        static FacilityView of(Facility f) {
            return new FacilityView(f.id, f.type, f.name, f.compoundId, f.status, f.installedOn, f.capacity,
                    f.createdAt, f.version);
        }
    }

    public record RecordWork(
            @NotNull WorkKind kind,
            @NotBlank @Size(max = 500) @Schema(example = "更换路灯12盏") String description,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be the 12-digit community code") String communityCode,
            UUID compoundId,
            @NotBlank @Size(max = 40) @Schema(description = "the case number of the resident request it answers",
                    example = "FW-2023-000123") String requestCaseNo,
            @NotNull LocalDate completedOn) {
    }

    public record WorkView(UUID id, WorkKind kind, String description, String communityCode, UUID compoundId,
            String requestCaseNo, LocalDate completedOn, String createdBy) {

        static WorkView of(CommunityWork w) {
            return new WorkView(w.id, w.kind, w.description, w.communityCode, w.compoundId, w.requestCaseNo,
                    w.completedOn, w.createdBy);
        }
    }
}
