package cn.jiedao.hub.servicepoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 值班: who is on duty at a service point on a day, from a time to a time. */
@Entity
public class Shift extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID servicePointId;

    public LocalDate day;

    public LocalTime startsAt;

    public LocalTime endsAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> staff;

    public String createdBy;

    public OffsetDateTime createdAt;
}
