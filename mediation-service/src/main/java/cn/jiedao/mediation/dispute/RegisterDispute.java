package cn.jiedao.mediation.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the intake desk records when a dispute comes in. */
@Schema(name = "RegisterDispute")
public record RegisterDispute(
        @NotNull @Schema(example = "WALK_IN") IntakeChannel channel,
        @NotNull @Schema(example = "MUNICIPAL_ILLEGAL_CONSTRUCTION") DisputeCategory category,
        @NotBlank @Size(max = 2000) @Schema(example = "楼顶违章搭建阳光房,邻居投诉") String summary,
        @Size(max = 300) @Schema(example = "幸福时光小区3栋") String address,
        @Pattern(regexp = "\\d{15}", message = "must be a 15-digit grid code (community code + 3 digits)")
        @Schema(example = "360121001001001") String gridCode,
        @Schema(description = "The complaint is about an illegal structure (违章搭建)", example = "true")
        boolean illegalStructure,
        @Schema(example = "NORMAL") Urgency urgency,
        @PastOrPresent @Schema(example = "2023-05-04T09:30:00+08:00") OffsetDateTime occurredAt,
        @PastOrPresent @Schema(description = "When the centre received it, if earlier than now (a paper record entered later); deadlines run from it",
                example = "2023-05-04T10:00:00+08:00") OffsetDateTime receivedAt,
        @Size(max = 20) List<@Valid @NotNull PartyInput> parties) {

    /** The same request without the parties and the optional fields: what the foundation's callers send. */
    public RegisterDispute(IntakeChannel channel, DisputeCategory category, String summary, String address,
            String gridCode, boolean illegalStructure, Urgency urgency, OffsetDateTime occurredAt) {
        this(channel, category, summary, address, gridCode, illegalStructure, urgency, occurredAt, null, null);
    }
}
