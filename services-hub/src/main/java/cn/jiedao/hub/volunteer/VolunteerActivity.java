package cn.jiedao.hub.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One activity a team held; {@link #disputeCaseNo} names the dispute it helped settle, if any. */
@Entity
public class VolunteerActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public VolunteerActivityKind kind;

    public String title;

    public LocalDate heldOn;

    public String place;

    /** The mediation case number (TJ-2023-00001) of the dispute it helped settle. */
    public String disputeCaseNo;

    public String note;

    public String recordedBy;

    public OffsetDateTime recordedAt;
}
