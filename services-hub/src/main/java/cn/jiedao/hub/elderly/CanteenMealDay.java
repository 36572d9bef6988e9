package cn.jiedao.hub.elderly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The meals a canteen (幸福食堂, 近邻食堂) served on a day. */
@Entity
public class CanteenMealDay extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID servicePointId;

    public LocalDate day;

    public int meals;

    public String recordedBy;

    public OffsetDateTime recordedAt;

    @Version
    public long version;
}
