package cn.jiedao.hub.newemployment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Visitors of one kind a station served on a day. */
@Entity
public class StationVisit extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID stationId;

    public LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    public WorkerKind workerKind;

    public int visitors;

    public String recordedBy;

    public OffsetDateTime createdAt;
}
