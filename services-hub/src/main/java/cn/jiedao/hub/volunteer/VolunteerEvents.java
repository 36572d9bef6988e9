package cn.jiedao.hub.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code hub.volunteer-events}, keyed by the activity's id: an activity that helped settle a dispute, named by
 * the dispute's case number; mediation records it in the dispute's history.
 */
public final class VolunteerEvents {

    public static final String TOPIC = "hub.volunteer-events";
    public static final String DISPUTE_HELPED = "hub.volunteer-activity.dispute-helped";

    private VolunteerEvents() {
    }

    public record DisputeHelped(UUID activityId, UUID teamId, String teamName, VolunteerActivityKind kind,
            String title, LocalDate heldOn, String disputeCaseNo, int volunteers, BigDecimal hours, String note) {
    }
}
