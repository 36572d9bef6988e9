package cn.jiedao.safety.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the access audit. */
public final class AuditViews {

    private AuditViews() {
    }

    public record AccessView(UUID id, OffsetDateTime at, String actor, List<String> roles, AccessAction action,
            @Schema(example = "KeyPerson") String recordKind, UUID recordId, UUID keyPersonId,
            @Schema(description = "the personal fields disclosed in full or written; empty for a masked read")
            List<String> fields,
            boolean masked, @Schema(example = "走访") String purpose, String detail) {

        public static AccessView of(AccessRecord r) {
            return new AccessView(r.id, r.at, r.actor, split(r.roles), r.action, r.recordKind, r.recordId,
                    r.keyPersonId, split(r.fields),
                    r.masked, r.purpose, r.detail);
        }

        private static List<String> split(String list) {
            return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
        }
    }
}
