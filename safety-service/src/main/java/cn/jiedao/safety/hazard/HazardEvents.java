package cn.jiedao.safety.hazard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code safety.hazard-events}, keyed by the hazard's id: a hazard escalated to the street (major when found,
 * or past its deadline) and a hazard closed.
 */
public final class HazardEvents {

    public static final String TOPIC = "safety.hazard-events";
    public static final String ESCALATED = "safety.hazard.escalated";
    public static final String CLOSED = "safety.hazard.closed";

    private HazardEvents() {
    }

    public record Escalated(UUID hazardId, UUID siteId, String siteName, String gridCode, HazardDomain domain,
            HazardSeverity severity, Escalation reason, LocalDate foundOn, LocalDate deadline, String description) {
    }

    public record Closed(UUID hazardId, UUID siteId, HazardDomain domain, HazardSeverity severity,
            HazardStatus status, LocalDate closedOn, String reason) {
    }
}
