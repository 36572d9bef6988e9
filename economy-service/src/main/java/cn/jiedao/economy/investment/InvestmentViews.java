package cn.jiedao.economy.investment;

import cn.jiedao.economy.indicator.Percentages;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the investment-project endpoints. */
public final class InvestmentViews {

    private InvestmentViews() {
    }

    @Schema(name = "InvestmentProjectInput")
    public record ProjectInput(
            @NotBlank @Size(max = 200) @Schema(example = "聚仁城商业综合体改造") String name,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4)
            @Schema(description = "total investment, 万元", example = "23200") BigDecimal totalInvestment,
            @NotNull @Schema(example = "2023-04-01") LocalDate startDate,
            @Schema(description = "default PLANNED") ProjectStatus status) {
    }

    @Schema(name = "DeclaredInvestment")
    public record DeclarationInput(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4)
            @Schema(description = "investment declared for the month, 万元", example = "3600") BigDecimal amount) {
    }

    @Schema(name = "Declaration")
    public record DeclarationView(int year, int month, @Schema(description = "万元") BigDecimal amount) {
    }

    @Schema(name = "InvestmentProject")
    public record ProjectView(UUID id, String name, @Schema(description = "万元") BigDecimal totalInvestment,
            LocalDate startDate, ProjectStatus status, List<DeclarationView> declarations) {
        static ProjectView of(InvestmentProject p) {
            return new ProjectView(p.id, p.name, Percentages.plain(p.totalInvestment), p.startDate, p.status,
                    p.declarations.stream()
                            .sorted(Comparator.comparingInt((InvestmentProject.Declaration d) -> d.year)
                                    .thenComparingInt(d -> d.month))
                            .map(d -> new DeclarationView(d.year, d.month, Percentages.plain(d.amount))).toList());
        }
    }

    @Schema(name = "InvestmentSummary")
    public record SummaryView(int year,
            @Schema(description = "projects started in the year", example = "3") long newProjects,
            @Schema(description = "their total investment, 万元", example = "69600") BigDecimal newProjectsTotalInvestment,
            @Schema(description = "investment declared January–throughMonth, 万元") BigDecimal declaredYtd,
            int throughMonth) {
    }
}
