package cn.jiedao.safety.construction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code safety.case-events}, keyed by the case's id: every step of an illegal-construction case, so that the
 * complaint it came from (mediation) records the case's progress and is resolved when the structure is
 * demolished. One data shape for all types.
 */
public final class CaseEvents {

    public static final String TOPIC = "safety.case-events";
    public static final String OPENED = "safety.case.opened";
    public static final String VERIFIED = "safety.case.verified";
    public static final String NOTICE_ISSUED = "safety.case.notice-issued";
    public static final String DEMOLISHED = "safety.case.demolished";
    public static final String LEGALISED = "safety.case.legalised";
    public static final String CLOSED = "safety.case.closed";

    private CaseEvents() {
    }

    /**
     * @param sourceDisputeId the complaint's dispute in mediation, null for a case a patrol found
     * @param note            what the step recorded, in the words of the case officer
     */
    public record CaseStep(UUID caseId, String caseNo, UUID sourceDisputeId, String sourceCaseNo,
            ConstructionCaseStatus status, String address, String gridCode, OffsetDateTime at, String note,
            LocalDate demolishedOn, BigDecimal demolishedAreaSquareMetres) {

        static CaseStep of(IllegalConstructionCase c, OffsetDateTime at, String note) {
            return new CaseStep(c.id, c.caseNo, c.sourceDisputeId, c.sourceCaseNo, c.status, c.address, c.gridCode,
                    at, note, c.demolishedOn, c.demolishedAreaM2);
        }
    }
}
