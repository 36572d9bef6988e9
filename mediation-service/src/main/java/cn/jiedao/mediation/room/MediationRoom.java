package cn.jiedao.mediation.room;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 调解室, such as 陈红调解室, the centre or the deputy liaison station, with its lead mediator. */
@Entity
@Table(name = "mediation_room")
public class MediationRoom extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String location;

    public UUID leadMediatorId;

    public OffsetDateTime registeredAt;
}
