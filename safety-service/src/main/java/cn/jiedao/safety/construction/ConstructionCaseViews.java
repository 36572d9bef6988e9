package cn.jiedao.safety.construction;

import cn.jiedao.kernel.time.AfterTheFact;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests of illegal-construction cases. */
public final class ConstructionCaseViews {

    private ConstructionCaseViews() {
    }

    /** A structure a patrol found. */
    public record ReportCase(
            @NotBlank @Size(max = 300) @Schema(example = "幸福时光小区3栋楼顶") String address,
            @Pattern(regexp = "\\d{15}", message = "must be the 15-digit grid code") String gridCode,
            @NotBlank @Size(max = 2000) @Schema(example = "楼顶搭建彩钢瓦棚约30平方米") String description,
            @Schema(description = "Entered after the fact: the day the structure was reported (street time), not after "
                    + "today; the case is opened on it (openedAt, counted by it), the entry time is kept as recordedAt. "
                    + "Omit for now.", example = "2023-03-06") LocalDate reportedOn) {

        public ReportCase(String address, String gridCode, String description) {
            this(address, gridCode, description, null);
        }
    }

    public record Verification(
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2)
            @Schema(description = "the structure's area, m²", example = "30.5") BigDecimal areaSquareMetres,
            @Size(max = 2000) String note,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-03-08") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {

        public Verification(BigDecimal areaSquareMetres, String note) {
            this(areaSquareMetres, note, null, null);
        }
    }

    public record Notice(
            @NotBlank @Size(max = 60) @Schema(example = "八月湖违拆〔2023〕17号") String noticeNo,
            @NotNull @Schema(description = "the day the notice was issued: the step's effective day, not after today "
                    + "and not before the verification") LocalDate issuedOn,
            @NotNull @Schema(description = "the date the notice sets for removing the structure") LocalDate rectifyBy) {
    }

    public record Demolition(
            @NotNull @Schema(description = "the day the structure was demolished: the step's effective day, not after "
                    + "today and not before the case's previous step", example = "2023-04-12") LocalDate demolishedOn,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2)
            @Schema(example = "30.5") BigDecimal areaSquareMetres,
            @Size(max = 2000) String note) {
    }

    public record Legalisation(@NotBlank @Size(max = 500) @Schema(example = "已补办规划许可") String note,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-05-02") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {

        public Legalisation(String note) {
            this(note, null, null);
        }
    }

    public record Closure(@NotBlank @Size(max = 500) @Schema(example = "拆除完毕，现场复核无误") String note,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-04-20") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {

        public Closure(String note) {
            this(note, null, null);
        }
    }
}
