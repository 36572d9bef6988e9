package cn.jiedao.economy.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the indicator endpoints. */
public final class IndicatorViews {

    private IndicatorViews() {
    }

    @Schema(name = "Indicator")
    public record IndicatorView(@Schema(example = "GENERAL_BUDGET_REVENUE") String code,
            @Schema(example = "一般预算收入") String name, IndicatorUnit unit) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.code, i.name, i.unit);
        }
    }

    @Schema(name = "NewIndicator")
    public record NewIndicator(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{2,59}", message = "must be UPPER_SNAKE_CASE, 3–60 characters")
            @Schema(example = "ABOVE_SCALE_SERVICES_REVENUE") String code,
            @NotBlank @Size(max = 100) @Schema(example = "规上服务业营业收入") String name,
            @NotNull IndicatorUnit unit) {
    }

    @Schema(name = "TargetValue")
    public record TargetValue(
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4) @Schema(example = "1970") BigDecimal value) {
    }

    @Schema(name = "Target")
    public record TargetView(String code, int year, BigDecimal value, OffsetDateTime updatedAt, String updatedBy) {
        static TargetView of(IndicatorTarget t) {
            return new TargetView(t.indicatorCode, t.year, Percentages.plain(t.value), t.updatedAt, t.updatedBy);
        }
    }

    @Schema(name = "MonthlyValueInput")
    public record MonthlyValueInput(
            @NotNull @Digits(integer = 16, fraction = 4) @Schema(example = "1832") BigDecimal value,
            @NotNull @Schema(example = "CUMULATIVE") ValueBasis basis) {
    }

    @Schema(name = "Correction")
    public record CorrectionView(Integer month, ValueBasis oldBasis, BigDecimal oldValue, ValueBasis newBasis,
            BigDecimal newValue, String changedBy, OffsetDateTime changedAt) {
        static CorrectionView of(IndicatorCorrection c) {
            return new CorrectionView(c.month, c.oldBasis, Percentages.plain(c.oldValue), c.newBasis,
                    Percentages.plain(c.newValue), c.changedBy, c.changedAt);
        }
    }

    @Schema(name = "MonthlyValue")
    public record MonthlyValueView(String code, int year, int month, ValueBasis basis, BigDecimal value,
            OffsetDateTime updatedAt, String updatedBy, List<CorrectionView> corrections) {
    }

    @Schema(name = "Progress", description = "Derived figures; a figure that cannot be derived is null and "
            + "`reasons` says why, keyed by the field name")
    public record ProgressView(String code, String name, IndicatorUnit unit, int year, int throughMonth,
            BigDecimal ytd, BigDecimal target, @Schema(example = "92.99") BigDecimal targetCompletionPercent,
            BigDecimal samePeriodLastYear, @Schema(example = "31.80") BigDecimal yoyGrowthPercent,
            Map<String, String> reasons) {
    }

    @Schema(name = "SeriesMonth")
    public record SeriesMonth(int month, BigDecimal monthValue, BigDecimal cumulative,
            BigDecimal cumulativeLastYear, BigDecimal yoyGrowthPercent, Map<String, String> reasons) {
    }

    @Schema(name = "Series", description = "The monthly series of one year for charts")
    public record SeriesView(String code, String name, IndicatorUnit unit, int year, List<SeriesMonth> months) {
    }

}
