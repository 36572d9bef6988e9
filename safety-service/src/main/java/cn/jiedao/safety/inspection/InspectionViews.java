package cn.jiedao.safety.inspection;

import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.hazard.HazardViews.Finding;
import cn.jiedao.safety.hazard.HazardViews.HazardView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of inspections and inspection rounds. */
public final class InspectionViews {

    private InspectionViews() {
    }

    public record RecordInspection(
            @NotNull UUID siteId,
            @NotEmpty Set<@NotNull HazardDomain> domains,
            @NotNull @PastOrPresent LocalDate inspectedOn,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> inspectors,
            @Schema(description = "the 专项检查 round, if the inspection is part of one") UUID roundId,
            @Size(max = 2000) String note,
            @Schema(description = "each finding becomes a hazard; none: the site passed")
            List<@Valid @NotNull Finding> findings) {
    }

    public record InspectionView(UUID id, UUID siteId, UUID roundId, LocalDate inspectedOn, List<HazardDomain> domains,
            List<String> inspectors, String note, String recordedBy, OffsetDateTime recordedAt,
            List<HazardView> hazards) {

        public static InspectionView of(Inspection i, List<HazardView> hazards) {
            return new InspectionView(i.id, i.siteId, i.roundId, i.inspectedOn,
                    Arrays.stream(i.domains).map(HazardDomain::valueOf).toList(), List.of(i.inspectors), i.note,
                    i.recordedBy, i.recordedAt, hazards);
        }
    }

    public record PlanRound(
            @NotBlank @Size(max = 200) @Schema(example = "2023年第三季度燃气安全专项检查") String name,
            @NotNull HazardDomain domain,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            Set<@NotNull UUID> siteIds) {
    }

    public record AddSites(@NotEmpty Set<@NotNull UUID> siteIds) {
    }

    /** A round's progress: sites on the roster and inspected, hazards its inspections found and closed. */
    public record Progress(int sites, long inspected,
            @Schema(description = "inspected / sites, in percent with one decimal") java.math.BigDecimal inspectedPercent,
            long hazardsFound, long hazardsClosed, long hazardsOpen) {
    }

    public record RoundView(UUID id, String name, HazardDomain domain, LocalDate startsOn, LocalDate endsOn,
            List<UUID> siteIds, Progress progress, String createdBy, OffsetDateTime createdAt, long version) {
    }
}
