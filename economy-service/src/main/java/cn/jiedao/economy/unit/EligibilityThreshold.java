package cn.jiedao.economy.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** One row of the statistics bureau's thresholds (seeded by migration V3; changed as data, not code). */
@Entity
public class EligibilityThreshold extends PanacheEntityBase {

    @Id
    public Long id;

    public String industryPrefix;

    @Enumerated(EnumType.STRING)
    public UnitCategory category;

    @Enumerated(EnumType.STRING)
    public EligibilityRule rule;

    public BigDecimal minRevenue;

    public String description;

    public Eligibility.Threshold toThreshold() {
        return new Eligibility.Threshold(industryPrefix, category, rule, minRevenue, description);
    }
}
