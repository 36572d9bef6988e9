package cn.jiedao.mediation.room;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 调解员, with the dispute categories they specialise in (stored comma-separated). */
@Entity
public class Mediator extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String phone;

    public String specialities;

    public OffsetDateTime registeredAt;
}
