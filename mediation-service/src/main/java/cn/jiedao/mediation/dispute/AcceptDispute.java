package cn.jiedao.mediation.dispute;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptDispute")
public record AcceptDispute(
        @NotNull UUID roomId,
        @NotNull UUID mediatorId,
        @Size(max = 2000) String note) {
}
