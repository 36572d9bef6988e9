package cn.jiedao.hub.newemployment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of new-employment stations and their visits. */
public final class StationViews {

    private StationViews() {
    }

    public record RegisterStation(
            @NotBlank @Size(max = 200) @Schema(example = "八月湖骑手驿站") String name,
            @Pattern(regexp = "\\d{12}", message = "must be the 12-digit community code") String communityCode,
            @NotBlank @Size(max = 300) String address,
            UUID servicePointId,
            @Schema(description = "what it offers (休息, 饮水, 充电, 加热)") List<@NotBlank @Size(max = 100) String> services) {
    }

    public record StationView(UUID id, String name, String communityCode, String address, UUID servicePointId,
            List<String> services, long version) {

        static StationView of(NewEmploymentStation s) {
            return new StationView(s.id, s.name, s.communityCode, s.address, s.servicePointId, s.services, s.version);
        }
    }

    public record RecordVisit(@NotNull LocalDate date, @NotNull WorkerKind workerKind,
            @Positive @Schema(description = "absent: 1") Integer visitors) {
    }

    public record VisitView(UUID id, UUID stationId, LocalDate date, WorkerKind workerKind, int visitors) {

        static VisitView of(StationVisit v) {
            return new VisitView(v.id, v.stationId, v.visitedOn, v.workerKind, v.visitors);
        }
    }

    /** Visitors of a station in one month, in all and by kind of worker. */
    public record MonthVisits(@Schema(example = "2023-10") String month, long visitors, Map<WorkerKind, Long> byKind) {
    }

    public record VisitsView(UUID stationId, int year, long visitors, List<MonthVisits> months) {
    }
}
