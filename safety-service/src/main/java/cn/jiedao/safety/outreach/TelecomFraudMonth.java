package cn.jiedao.safety.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The police's count of telecom-fraud cases (电诈案件) reported in the street in one month ({@code YYYY-MM}). */
@Entity
public class TelecomFraudMonth extends PanacheEntityBase {

    @Id
    public String month;

    public int cases;

    public String reportedBy;

    public OffsetDateTime reportedAt;

    @Version
    public long version;
}
