package cn.jiedao.mediation.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The periods a dispute must keep to, in calendar days of the street's time zone (Asia/Shanghai). */
@ConfigMapping(prefix = "jiedao.mediation.deadlines")
public interface DeadlineConfig {

    /** A received dispute must be accepted (room and mediator assigned) within this many days. */
    @WithDefault("3")
    int acceptanceDays();

    /** An accepted dispute must be concluded within this many days unless the parties agreed to extend. */
    @WithDefault("30")
    int conclusionDays();

    /** A written agreement's joint application for judicial confirmation (司法确认) is due within this many days. */
    @WithDefault("30")
    int judicialConfirmationDays();
}
