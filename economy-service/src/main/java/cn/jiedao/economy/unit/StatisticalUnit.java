package cn.jiedao.economy.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An enterprise in the 申规入统 pipeline. */
@Entity
@Table(name = "statistical_unit")
public class StatisticalUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    @Column(name = "industry_code")
    public String industryCode;

    public String address;

    @Column(name = "grid_code")
    public String gridCode;

    @Enumerated(EnumType.STRING)
    public UnitCategory category;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    @Column(name = "construction_qualification")
    public boolean constructionQualification;

    @Column(name = "cultivating_since")
    public LocalDate cultivatingSince;

    @Column(name = "declared_on")
    public LocalDate declaredOn;

    @Column(name = "in_library_on")
    public LocalDate inLibraryOn;

    @Column(name = "exited_on")
    public LocalDate exitedOn;

    /** Main-business revenue (万元) by year; a change bumps the unit's version. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_revenue", joinColumns = @JoinColumn(name = "unit_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "revenue")
    public Map<Integer, BigDecimal> revenues = new TreeMap<>();

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Version
    public long version;

    /** Sets the date that goes with a status. */
    public void stamp(RegistrationStatus s, LocalDate date) {
        switch (s) {
            case CULTIVATING -> cultivatingSince = date;
            case DECLARED -> declaredOn = date;
            case IN_LIBRARY -> inLibraryOn = date;
            case EXITED -> exitedOn = date;
        }
    }
}
