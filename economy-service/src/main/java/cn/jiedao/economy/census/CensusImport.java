package cn.jiedao.economy.census;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One bulk import of census unit records (the job behind POST /api/economy/census/imports). */
@Entity
public class CensusImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    public String fileName;

    public String charset;

    public int rowsRead;

    public int rowsAccepted;

    public int rowsRejected;

    public int rowsInserted;

    public int rowsUpdated;

    public int rowsUnchanged;

    public int eventsPublished;

    public String error;

    public OffsetDateTime startedAt;

    public OffsetDateTime finishedAt;

    public String startedBy;

    /** The instance running the job and its last heartbeat ({@link CensusImportLease}). */
    public String ownerId;

    public OffsetDateTime heartbeatAt;
}
