package cn.jiedao.economy.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The history of a target (month null) or monthly value: who changed it, when, from what to what. */
@Entity
@Table(name = "indicator_correction")
public class IndicatorCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    public int year;

    public Integer month;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_basis")
    public ValueBasis oldBasis;

    @Column(name = "old_value")
    public BigDecimal oldValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_basis")
    public ValueBasis newBasis;

    @Column(name = "new_value")
    public BigDecimal newValue;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
