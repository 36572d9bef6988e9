package cn.jiedao.safety.site;

import cn.jiedao.kernel.validation.CreditCode;
import cn.jiedao.kernel.validation.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of the site register. */
public final class SiteViews {

    private SiteViews() {
    }

    /** A site to register, or the whole of a site to replace (PUT with If-Match). */
    public record RegisterSite(
            @NotNull SiteKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖网咖") String name,
            @NotBlank @Size(max = 300) @Schema(example = "八月湖路18号") String address,
            @Pattern(regexp = "\\d{15}", message = "must be the 15-digit grid code") @Schema(example = "340123001001001")
            String gridCode,
            @CreditCode String creditCode,
            @Size(max = 100) String ownerName,
            @Size(max = 100) String responsiblePerson,
            @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE) @Schema(example = "13800000000")
            String responsiblePhone,
            @Size(max = 60) @Schema(description = "a venue's licence number (网络文化经营许可证 / 娱乐经营许可证)")
            String licenceNo,
            LocalDate licenceValidUntil,
            @PositiveOrZero @Schema(description = "an internet café's terminals") Integer terminals,
            @PositiveOrZero @Schema(description = "an entertainment venue's approved capacity") Integer capacity,
            @Size(max = 60) @Schema(description = "the fire-safety approval number (消防安全检查合格证)")
            String fireApprovalNo,
            @Schema(description = "on the gas-safety roster; absent: yes for restaurants and gas users")
            Boolean gasRoster) {

        public boolean onGasRoster() {
            return gasRoster == null ? kind != null && kind.usesGas() : gasRoster;
        }
    }

    public record SiteView(UUID id, SiteKind kind, boolean venue, String name, String address, String gridCode,
            String creditCode, String ownerName, String responsiblePerson,
            @Schema(description = "masked (138****0000) for every role but safety-officer") String responsiblePhone,
            String licenceNo, LocalDate licenceValidUntil, Integer terminals, Integer capacity,
            String fireApprovalNo, boolean gasRoster, String economyUnitRef, OffsetDateTime createdAt, long version) {

        public static SiteView of(Site s, boolean unmasked) {
            return new SiteView(s.id, s.kind, s.kind.isVenue(), s.name, s.address, s.gridCode, s.creditCode,
                    s.ownerName, s.responsiblePerson,
                    unmasked ? s.responsiblePhone : PhoneNumber.mask(s.responsiblePhone), s.licenceNo,
                    s.licenceValidUntil, s.terminals, s.capacity, s.fireApprovalNo, s.gasRoster, s.economyUnitRef,
                    s.createdAt, s.version);
        }
    }

    /** What a CSV import stored: sites created, and sites replaced because their credit code was registered. */
    public record ImportResult(int created, int updated) {
    }
}
