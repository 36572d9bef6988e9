package cn.jiedao.mediation.dispute;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Both parties agreed to conclude later than the period allows. */
@Schema(name = "ExtendDispute")
public record ExtendDispute(
        @NotNull @Schema(example = "2023-06-30") LocalDate extendedUntil,
        @AssertTrue(message = "an extension needs the agreement of both parties") boolean bothPartiesAgreed,
        @Size(max = 2000) String note) {
}
