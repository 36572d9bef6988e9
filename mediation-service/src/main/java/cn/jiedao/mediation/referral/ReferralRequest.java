package cn.jiedao.mediation.referral;

import cn.jiedao.mediation.dispute.PartyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A police referral: the body of {@code POST /api/mediation/police-referrals} and the {@code data} of a
 * {@code police.dispute.referred} event on {@code police.dispute-referrals}. The same rules apply to both.
 */
@Schema(name = "PoliceReferralRequest")
public record ReferralRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "letters, digits, - and _ only")
        @Schema(example = "JQ-2023-0456") String referralNo,
        @NotBlank @Size(max = 100) @Schema(example = "八月湖派出所") String policeStation,
        @NotNull @PastOrPresent @Schema(example = "2023-05-04T09:30:00+08:00") OffsetDateTime referredAt,
        @Size(max = 60) @Schema(description = "A DisputeCategory code; missing or unknown registers OTHER, flagged for classification",
                example = "PROPERTY_MANAGEMENT") String category,
        @NotBlank @Size(max = 2000) @Schema(example = "楼上漏水引发纠纷") String summary,
        @Size(max = 300) @Schema(example = "幸福时光小区3栋") String address,
        @Pattern(regexp = "\\d{15}", message = "must be a 15-digit grid code (community code + 3 digits)")
        @Schema(example = "360121001001001") String gridCode,
        @Size(max = 20) List<@Valid @NotNull PartyInput> parties) {
}
