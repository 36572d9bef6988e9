package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.validation.PhoneNumber;
import cn.jiedao.kernel.validation.ResidentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 当事人: an applicant or respondent. */
@Schema(name = "Party")
public record PartyInput(
        @NotNull @Schema(example = "APPLICANT") PartyRole role,
        @NotBlank @Size(max = 100) @Schema(example = "张三") String name,
        @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE)
        @Schema(example = "13800000000") String phone,
        @ResidentId @Schema(example = "11010519491231002X") String residentId) {
}
