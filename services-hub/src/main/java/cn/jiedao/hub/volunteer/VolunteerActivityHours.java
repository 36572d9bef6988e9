package cn.jiedao.hub.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** The hours one volunteer served in one activity. */
@Entity
@IdClass(VolunteerActivityHours.Key.class)
public class VolunteerActivityHours extends PanacheEntityBase {

    @Id
    public UUID activityId;

    @Id
    public UUID volunteerId;

    public BigDecimal hours;

    /** The row's key: the activity and the volunteer. */
    public static class Key implements Serializable {
        public UUID activityId;
        public UUID volunteerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(activityId, k.activityId)
                    && java.util.Objects.equals(volunteerId, k.volunteerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(activityId, volunteerId);
        }
    }
}
