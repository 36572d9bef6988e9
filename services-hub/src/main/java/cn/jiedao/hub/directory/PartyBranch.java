package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 网格党支部 or 党小组 with its grid. */
@Entity
public class PartyBranch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public PartyBranchKind kind;

    public String name;

    public String gridCode;

    public String secretary;

    public Integer members;

    public LocalDate foundedOn;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
