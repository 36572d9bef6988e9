package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.time.AfterTheFact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptDispute")
public record AcceptDispute(
        @NotNull UUID roomId,
        @NotNull UUID mediatorId,
        @Size(max = 2000) String note,
        @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-05-06") LocalDate occurredOn,
        @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt) implements AfterTheFact {

    public AcceptDispute(UUID roomId, UUID mediatorId, String note) {
        this(roomId, mediatorId, note, null, null);
    }
}
