package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 红色物业管理委员会 of a community; the compounds it covers name it. */
@Entity
public class RedPropertyCommittee extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String communityCode;

    public LocalDate formedOn;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
