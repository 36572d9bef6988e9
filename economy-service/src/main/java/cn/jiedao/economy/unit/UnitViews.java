package cn.jiedao.economy.unit;

import cn.jiedao.economy.indicator.Percentages;
import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.kernel.validation.CreditCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the registry endpoints. */
public final class UnitViews {

    private UnitViews() {
    }

    @Schema(name = "RegisterUnit")
    public record RegisterUnit(
            @NotNull @CreditCode @Schema(example = "91360121MA35XXXX0X") String creditCode,
            @NotBlank @Size(max = 200) @Schema(example = "南昌八月湖餐饮管理有限公司") String name,
            @NotNull @Pattern(regexp = "\\d{2}|\\d{4}", message = "must be a GB/T 4754-2017 division (2 digits) or class (4 digits)")
            @Schema(example = "6210") String industryCode,
            @Size(max = 300) @Schema(example = "中悦广场3楼") String address,
            @Pattern(regexp = "\\d{15}", message = "must be a 15-digit grid code (community code + 3 digits)")
            @Schema(example = "360121001001001") String gridCode,
            @Schema(description = "Defaults to the category of the threshold for the industry code") UnitCategory category,
            @Schema(description = "Holds a construction qualification (建筑业资质)") boolean constructionQualification,
            @Schema(description = "Defaults to CULTIVATING; IN_LIBRARY records a unit already in the library")
            RegistrationStatus status,
            @PastOrPresent @Schema(description = "Date of that status, default today", example = "2023-03-01")
            LocalDate statusDate) {
    }

    @Schema(name = "StatusChange")
    public record StatusChange(@NotNull RegistrationStatus status,
            @PastOrPresent @Schema(description = "default today", example = "2023-06-30") LocalDate date) {
    }

    @Schema(name = "Revenue")
    public record RevenueInput(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4)
            @Schema(description = "main-business revenue in 万元", example = "650") BigDecimal revenue) {
    }

    @Schema(name = "StatisticalUnit")
    public record UnitView(UUID id, String creditCode, String name, String industryCode, String address,
            String gridCode, UnitCategory category, RegistrationStatus status, boolean constructionQualification,
            LocalDate cultivatingSince, LocalDate declaredOn, LocalDate inLibraryOn, LocalDate exitedOn,
            @Schema(description = "main-business revenue in 万元 by year") Map<Integer, BigDecimal> revenues,
            OffsetDateTime registeredAt) {
        static UnitView of(StatisticalUnit u) {
            Map<Integer, BigDecimal> revenues = new TreeMap<>();
            u.revenues.forEach((year, revenue) -> revenues.put(year, Percentages.plain(revenue)));
            return new UnitView(u.id, u.creditCode, u.name, u.industryCode, u.address, u.gridCode, u.category,
                    u.status, u.constructionQualification, u.cultivatingSince, u.declaredOn, u.inLibraryOn, u.exitedOn,
                    revenues, u.registeredAt);
        }
    }

    @Schema(name = "EligibilityThreshold")
    public record ThresholdView(String industryPrefix, UnitCategory category, EligibilityRule rule,
            @Schema(description = "万元") BigDecimal minRevenue, String description) {
        static ThresholdView of(Eligibility.Threshold t) {
            return t == null ? null : new ThresholdView(t.industryPrefix(), t.category(), t.rule(),
                    Percentages.plain(t.minRevenue()), t.description());
        }
    }

    @Schema(name = "EligibilityCheck")
    public record EligibilityView(UUID unitId, int year, boolean eligible, UnitCategory category,
            ThresholdView threshold, String explanation) {
    }

    @Schema(name = "UnitSummary", description = "库内单位 by category, units by status, and the year's new entries")
    public record SummaryView(
            @Schema(example = "122") long inLibrary,
            @Schema(description = "in-library units by category") Map<UnitCategory, Long> inLibraryByCategory,
            @Schema(description = "限上商贸: the four above-quota trades", example = "89") long aboveQuotaTrade,
            Map<RegistrationStatus, Long> byStatus,
            int year,
            @Schema(description = "units that entered the library in the year", example = "13") long newInLibrary,
            @Schema(description = "of which legal entities (credit code not starting 92)", example = "13")
            long newInLibraryLegalEntities,
            @Schema(description = "of which individual businesses (credit code 92…)") long newInLibraryIndividualBusinesses) {
    }

    @Schema(name = "UnitStep", description = "One step of a unit through the pipeline, its registration first")
    public record StepView(@Schema(example = "DECLARE") RegistrationStep step,
            @Schema(description = "null for the registration") RegistrationStatus from, RegistrationStatus to,
            @Schema(description = "who took the step") String actor, OffsetDateTime at,
            @Schema(example = "DECLARED on 2023-05-10") String note) {
        static StepView of(StepEntry e) {
            return new StepView(RegistrationStep.valueOf(e.action),
                    e.fromState == null ? null : RegistrationStatus.valueOf(e.fromState),
                    RegistrationStatus.valueOf(e.toState), e.actor, e.at, e.note);
        }
    }
}
