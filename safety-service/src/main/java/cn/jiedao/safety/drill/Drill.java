package cn.jiedao.safety.drill;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 应急演练 [2023: 26]: what was rehearsed, where, by whom, with how many; its findings may open hazards. */
@Entity
public class Drill extends PanacheEntityBase {

    @Id
    public UUID id;

    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    public DrillKind kind;

    /** The registered site it was held at, if any. */
    public UUID siteId;

    /** Where, when not at a registered site (a square, a neighbourhood). */
    public String place;

    public String organiser;

    public int participants;

    public String scenario;

    public String findingsNote;

    public String recordedBy;

    public OffsetDateTime recordedAt;
}
