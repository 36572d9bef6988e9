package cn.jiedao.hub.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 志愿者: a member of one team; the phone is shown in full to hub staff only. */
@Entity
public class Volunteer extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID teamId;

    public String name;

    public String phone;

    public LocalDate joinedOn;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
