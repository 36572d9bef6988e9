package cn.jiedao.hub.servicepoint;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One interval a service point is open on a weekday; extended hours (延时服务) are more intervals. */
public record OpeningInterval(
        @NotNull @Schema(example = "MONDAY") DayOfWeek dayOfWeek,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "08:30") LocalTime opens,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "12:00") LocalTime closes) {
}
