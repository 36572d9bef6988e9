package cn.jiedao.hub.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 志愿服务队: a volunteer team of the street, counted in a year from the day it was founded. */
@Entity
public class VolunteerTeam extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** The community it belongs to (12-digit code), or none for a street-wide team. */
    public String communityCode;

    public String leaderName;

    public LocalDate foundedOn;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
