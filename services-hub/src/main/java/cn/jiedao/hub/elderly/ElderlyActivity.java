package cn.jiedao.hub.elderly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity for elderly residents: its kind, day, place and how many took part. */
@Entity
public class ElderlyActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;

    public LocalDate heldOn;

    public String place;

    public UUID servicePointId;

    public int participants;

    public String createdBy;

    public OffsetDateTime createdAt;
}
