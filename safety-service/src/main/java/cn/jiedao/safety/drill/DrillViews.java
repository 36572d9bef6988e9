package cn.jiedao.safety.drill;

import cn.jiedao.safety.hazard.HazardViews.Finding;
import cn.jiedao.safety.hazard.HazardViews.HazardView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of drills. */
public final class DrillViews {

    private DrillViews() {
    }

    public record RecordDrill(
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull DrillKind kind,
            @Schema(description = "the registered site, if it was held at one") UUID siteId,
            @Size(max = 300) @Schema(example = "八月湖社区广场") String place,
            @NotBlank @Size(max = 200) @Schema(example = "街道应急办") String organiser,
            @NotNull @Positive Integer participants,
            @NotBlank @Size(max = 2000) @Schema(example = "厨房燃气泄漏，疏散顾客并关阀") String scenario,
            @Size(max = 2000) String findingsNote,
            @Schema(description = "each opens a hazard at the drill's site (a site is then required)")
            List<@Valid @NotNull Finding> findings) {
    }

    public record DrillView(UUID id, LocalDate heldOn, DrillKind kind, UUID siteId, String place, String organiser,
            int participants, String scenario, String findingsNote, String recordedBy, OffsetDateTime recordedAt,
            List<HazardView> hazards) {

        public static DrillView of(Drill d, List<HazardView> hazards) {
            return new DrillView(d.id, d.heldOn, d.kind, d.siteId, d.place, d.organiser, d.participants, d.scenario,
                    d.findingsNote, d.recordedBy, d.recordedAt, hazards);
        }
    }
}
