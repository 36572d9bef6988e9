package cn.jiedao.hub.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A community facility of a compound: an EV charging pile site (capacity: piles) or an EV shed (capacity: places). */
@Entity
public class Facility extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public FacilityType type;

    public String name;

    public UUID compoundId;

    @Enumerated(EnumType.STRING)
    public FacilityStatus status;

    /** The day it went into service; none while it is being built. */
    public LocalDate installedOn;

    public int capacity;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
