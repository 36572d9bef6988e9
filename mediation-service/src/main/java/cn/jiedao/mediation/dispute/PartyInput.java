package cn.jiedao.mediation.dispute;

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
        @Pattern(regexp = PHONE, message = "must be a mobile number (11 digits from 1) or a landline (0 + area code + number)")
        @Schema(example = "13800000000") String phone,
        @ResidentId @Schema(example = "11010519491231002X") String residentId) {

    public static final String PHONE = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";
}
