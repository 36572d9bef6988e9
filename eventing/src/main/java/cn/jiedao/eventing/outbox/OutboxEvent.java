package cn.jiedao.eventing.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting in (or already sent from) the outbox. {@code seq} orders the sends. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Assigned by the database (bigserial) and read when rows are loaded; never read back after an insert, so
     *  that many events written in one transaction go to the database in JDBC batches. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "message_key")
    public String key;

    @Column(name = "event_type")
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
