package cn.jiedao.hub.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A work done for residents (street lamps renewed, a road repaired), naming the case of the request it answers. */
@Entity
public class CommunityWork extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public WorkKind kind;

    public String description;

    public String communityCode;

    public UUID compoundId;

    public String requestCaseNo;

    public LocalDate completedOn;

    public String createdBy;

    public OffsetDateTime createdAt;
}
