package cn.jiedao.economy.census;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers of the census endpoints. */
public final class CensusViews {

    private CensusViews() {
    }

    @Schema(name = "CensusRejectedRow")
    public record RejectedRow(@Schema(description = "line in the file (header = line 1)") long line, String reason,
            String raw) {
        static RejectedRow of(CensusImportRejection r) {
            return new RejectedRow(r.lineNo, r.reason, r.raw);
        }
    }

    @Schema(name = "CensusImport", description = "An import job; rejectedRows holds the first 100 rejected rows "
            + "(all stored ones page through /rejections)")
    public record ImportView(UUID id, ImportStatus status, String fileName, String charset, int rowsRead,
            int rowsAccepted, int rowsRejected,
            @Schema(description = "accepted rows that were new") int rowsInserted,
            @Schema(description = "accepted rows that changed a stored unit") int rowsUpdated,
            @Schema(description = "accepted rows identical to the stored unit") int rowsUnchanged,
            @Schema(description = "economy.unit.registered events for new accommodation/catering units") int eventsPublished,
            String error, OffsetDateTime startedAt, OffsetDateTime finishedAt, List<RejectedRow> rejectedRows) {
    }

    @Schema(name = "CensusSummary", description = "五经普 clearing-stage figures")
    public record SummaryView(
            @Schema(description = "legal entities and establishments (record types 1, 2)", example = "3931") long unitsChecked,
            @Schema(description = "individual businesses (record type 3)", example = "11699") long individualBusinesses,
            @Schema(example = "5480") long unlicensedIndividualBusinesses,
            @Schema(description = "legal entities and establishments flagged digital economy", example = "326")
            long digitalEconomyUnits,
            @Schema(example = "225") long largeIndividualBusinesses,
            @Schema(description = "individual businesses of industry 61 or 62", example = "1698")
            long accommodationCateringIndividualBusinesses) {
    }
}
