package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 党员户: a household of a building with party members in it. */
@Entity
public class PartyMemberHousehold extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID buildingId;

    public String room;

    public String headName;

    public int partyMembers;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
