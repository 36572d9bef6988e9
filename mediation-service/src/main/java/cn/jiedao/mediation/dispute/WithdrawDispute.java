package cn.jiedao.mediation.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawDispute")
public record WithdrawDispute(@NotBlank @Size(max = 2000) @Schema(example = "申请人已与对方自行和解") String reason) {
}
