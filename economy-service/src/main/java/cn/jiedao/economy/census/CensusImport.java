package cn.jiedao.economy.census;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One bulk import of census unit records (the job behind POST /api/economy/census/imports). */
@Entity
@Table(name = "census_import")
public class CensusImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Column(name = "file_name")
    public String fileName;

    public String charset;

    @Column(name = "rows_read")
    public int rowsRead;

    @Column(name = "rows_accepted")
    public int rowsAccepted;

    @Column(name = "rows_rejected")
    public int rowsRejected;

    @Column(name = "rows_inserted")
    public int rowsInserted;

    @Column(name = "rows_updated")
    public int rowsUpdated;

    @Column(name = "rows_unchanged")
    public int rowsUnchanged;

    @Column(name = "events_published")
    public int eventsPublished;

    public String error;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "started_by")
    public String startedBy;
}
