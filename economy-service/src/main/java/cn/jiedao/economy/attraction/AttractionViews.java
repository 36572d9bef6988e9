package cn.jiedao.economy.attraction;

import cn.jiedao.economy.indicator.Percentages;
import cn.jiedao.kernel.validation.CreditCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the investment-attraction endpoints (money in 万元). */
public final class AttractionViews {

    private AttractionViews() {
    }

    @Schema(name = "SigningCeremonyInput")
    public record CeremonyInput(@NotNull @Schema(example = "2023-06-18") LocalDate heldOn,
            @NotBlank @Size(max = 200) @Schema(example = "中悦广场") String venue,
            @NotNull @Schema(example = "HEADQUARTERS_ECONOMY") CeremonyKind kind,
            @Size(max = 200) @Schema(example = "总部经济集中签约仪式(第二批)") String title) {
    }

    @Schema(name = "SigningCeremony")
    public record CeremonyView(UUID id, LocalDate heldOn, String venue, CeremonyKind kind, String title) {
        static CeremonyView of(SigningCeremony c) {
            return new CeremonyView(c.id, c.heldOn, c.venue, c.kind, c.title);
        }
    }

    @Schema(name = "SignedProjectInput")
    public record SignedProjectInput(@Schema(description = "the ceremony it was signed at, if any") UUID ceremonyId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String investor,
            @CreditCode String creditCode,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4)
            @Schema(description = "registered capital, 万元", example = "1000") BigDecimal registeredCapital,
            @Pattern(regexp = "\\d{2}|\\d{4}", message = "must be a GB/T 4754-2017 division (2 digits) or class (4 digits)")
            String industryCode,
            @NotNull LocalDate signedOn) {
    }

    @Schema(name = "SignedProject")
    public record SignedProjectView(UUID id, UUID ceremonyId, String name, String investor, String creditCode,
            @Schema(description = "万元") BigDecimal registeredCapital, String industryCode, LocalDate signedOn) {
        static SignedProjectView of(SignedProject p) {
            return new SignedProjectView(p.id, p.ceremonyId, p.name, p.investor, p.creditCode,
                    Percentages.plain(p.registeredCapital), p.industryCode, p.signedOn);
        }
    }

    @Schema(name = "DomesticCapitalProjectInput")
    public record DomesticInput(@NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String investor,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4)
            @Schema(description = "total investment, 万元", example = "15500") BigDecimal totalInvestment,
            @Pattern(regexp = "\\d{2}|\\d{4}", message = "must be a GB/T 4754-2017 division (2 digits) or class (4 digits)")
            String industryCode,
            @NotNull LocalDate signedOn) {
    }

    @Schema(name = "DomesticCapitalProject")
    public record DomesticView(UUID id, String name, String investor, @Schema(description = "万元") BigDecimal totalInvestment,
            String industryCode, LocalDate signedOn) {
        static DomesticView of(DomesticCapitalProject p) {
            return new DomesticView(p.id, p.name, p.investor, Percentages.plain(p.totalInvestment), p.industryCode,
                    p.signedOn);
        }
    }

    @Schema(name = "AttractionSummary", description = "招商引资 in a year (money in 万元)")
    public record SummaryView(int year, @Schema(example = "3") long ceremonies,
            @Schema(example = "14") long signedProjects,
            @Schema(example = "15000") BigDecimal registeredCapital,
            @Schema(example = "2") long domesticCapitalProjects,
            @Schema(example = "31000") BigDecimal domesticCapitalInvestment) {
    }
}
