package cn.jiedao.gateway.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The annual work summary's section 一 as the gateway assembles it from the services' statistics: seven sections,
 * each with its figures, or marked unavailable with the reason when a service it needs did not answer.
 */
@Schema(name = "AnnualReport")
@TemplateData
public record AnnualReport(
        @Schema(example = "2023") int year,
        @Schema(description = "the last month the report covers", example = "2023-10") String through,
        Period period,
        List<Section> sections) {

    /** The days a figure covers, both ends included. */
    @Schema(name = "ReportPeriod")
    public record Period(@Schema(example = "2023-01-01") LocalDate from, @Schema(example = "2023-10-31") LocalDate to) {
    }

    /** One of the seven sections of 一. */
    @Schema(name = "ReportSection")
    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(
            @Schema(example = "governance") String id,
            @Schema(example = "2") int number,
            @Schema(example = "社会治理") String title,
            boolean available,
            @Schema(description = "why the section is missing; absent when available",
                    example = "mediation service did not answer within 10 s; try again later") String reason,
            @Schema(description = "empty when unavailable") List<Figure> figures) {
    }

    /** One figure, with the request that produces it so that a reader can drill down to the records. */
    @Schema(name = "ReportFigure")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(
            @Schema(example = "mediation.disputes.total") String id,
            @JsonInclude(JsonInclude.Include.ALWAYS)
            @Schema(description = "null when the service cannot derive it (e.g. a rate without any case)",
                    example = "2564") BigDecimal value,
            @Schema(example = "件") String unit,
            Period period,
            @Schema(description = "what the figure is compared with; absent when nothing") Comparison comparison,
            @Schema(example = "/api/mediation/statistics?from=2023-01-01&to=2023-10-31") String source) {
    }

    /** The target and the same period of last year a figure is measured against, as its service derives them. */
    @Schema(name = "ReportComparison")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comparison(
            @Schema(example = "1970") BigDecimal target,
            @Schema(example = "92.99") BigDecimal targetCompletionPercent,
            BigDecimal samePeriodLastYear,
            @Schema(example = "31.8") BigDecimal yoyGrowthPercent) {

        boolean empty() {
            return target == null && targetCompletionPercent == null && samePeriodLastYear == null
                    && yoyGrowthPercent == null;
        }
    }
}
