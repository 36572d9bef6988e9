package cn.jiedao.safety.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One publicity or education event: when, what, where, for whom and how many came. */
@Entity
public class OutreachEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    public OutreachKind kind;

    public String topic;

    public String place;

    public String audience;

    public int attendance;

    /** The registered site (a school, a mall) it was held at, if any. */
    public UUID siteId;

    public String recordedBy;

    public OffsetDateTime recordedAt;
}
