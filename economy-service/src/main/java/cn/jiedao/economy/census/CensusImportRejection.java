package cn.jiedao.economy.census;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row an import rejected, with the reason (the importer writes them; at most 1000 are kept per import). */
@Entity
@IdClass(CensusImportRejection.Key.class)
public class CensusImportRejection extends PanacheEntityBase {

    @Id
    public UUID importId;

    /** The line in the file, the header being line 1. */
    @Id
    public long lineNo;

    public String reason;

    public String raw;

    /** The key: the import and the line. */
    public static class Key implements Serializable {
        public UUID importId;
        public long lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && lineNo == k.lineNo && Objects.equals(importId, k.importId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNo);
        }
    }
}
