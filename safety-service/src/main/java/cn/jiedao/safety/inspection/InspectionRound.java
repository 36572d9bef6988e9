package cn.jiedao.safety.inspection;

import cn.jiedao.safety.hazard.HazardDomain;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** 专项检查: a round of inspections of one domain over a roster of sites, e.g. 2023年第三季度燃气安全专项检查. */
@Entity
public class InspectionRound extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public HazardDomain domain;

    public LocalDate startsOn;

    public LocalDate endsOn;

    @ElementCollection
    @CollectionTable(name = "inspection_round_site", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "site_id")
    public Set<UUID> siteIds = new LinkedHashSet<>();

    public String createdBy;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
