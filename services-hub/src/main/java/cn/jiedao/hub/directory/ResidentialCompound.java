package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 小区 with its property company and the red property committee covering it, if one is formed. */
@Entity
public class ResidentialCompound extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String communityCode;

    public String address;

    public String propertyCompany;

    public UUID redPropertyCommitteeId;

    /** The day it entered the directory. */
    public LocalDate registeredOn;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
