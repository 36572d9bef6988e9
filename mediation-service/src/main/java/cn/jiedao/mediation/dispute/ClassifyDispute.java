package cn.jiedao.mediation.dispute;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClassifyDispute")
public record ClassifyDispute(@NotNull @Schema(example = "NEIGHBOR") DisputeCategory category) {
}
