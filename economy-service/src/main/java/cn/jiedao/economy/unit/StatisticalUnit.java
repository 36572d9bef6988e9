package cn.jiedao.economy.unit;

import cn.jiedao.eventing.records.Stateful;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An enterprise in the 申规入统 pipeline. */
@Entity
public class StatisticalUnit extends PanacheEntityBase implements Stateful<RegistrationStatus> {

    @Id
    public UUID id;

    public String creditCode;

    public String name;

    public String industryCode;

    public String address;

    public String gridCode;

    @Enumerated(EnumType.STRING)
    public UnitCategory category;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    public boolean constructionQualification;

    public LocalDate cultivatingSince;

    public LocalDate declaredOn;

    public LocalDate inLibraryOn;

    public LocalDate exitedOn;

    /** Main-business revenue (万元) by year; a change bumps the unit's version. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_revenue", joinColumns = @JoinColumn(name = "unit_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "revenue")
    public Map<Integer, BigDecimal> revenues = new TreeMap<>();

    public OffsetDateTime registeredAt;

    public String registeredBy;

    @Version
    public long version;

    @Override
    public RegistrationStatus state() {
        return status;
    }

    @Override
    public void state(RegistrationStatus state) {
        this.status = state;
    }

    @Override
    public long version() {
        return version;
    }

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
