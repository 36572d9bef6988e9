package cn.jiedao.hub.elderly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered elderly resident (60 or older) with the consent they gave to be registered. */
@Entity
public class ElderlyResident extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** Personal information: masked for every role but hub-staff. */
    public String residentId;

    /** Personal information: masked for every role but hub-staff. */
    public String phone;

    public LocalDate birthDate;

    public UUID buildingId;

    public String gridCode;

    public String address;

    /** 知情同意: what the resident agreed to. */
    public String consentScope;

    public LocalDate consentGivenOn;

    public String consentRecordedBy;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
