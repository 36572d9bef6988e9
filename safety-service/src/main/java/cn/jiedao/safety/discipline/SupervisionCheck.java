package cn.jiedao.safety.discipline;

import static cn.jiedao.kernel.security.Roles.DISCIPLINE_OFFICER;
import static cn.jiedao.safety.discipline.SupervisionCheckStatus.RECORDED;
import static cn.jiedao.safety.discipline.SupervisionCheckStatus.RECTIFICATION_REQUIRED;
import static cn.jiedao.safety.discipline.SupervisionCheckStatus.RECTIFIED;
import static cn.jiedao.safety.discipline.SupervisionCheckStatus.VERIFIED;

import cn.jiedao.eventing.records.Stateful;
import cn.jiedao.kernel.lifecycle.Lifecycle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** 督查: a supervision check, its findings and the rectification it required with its follow-up. */
@Entity
public class SupervisionCheck extends PanacheEntityBase implements Stateful<SupervisionCheckStatus> {

    /**
     * Recorded; a rectification required by a deadline (at once when recorded, or later); reported rectified;
     * verified, or required again. Every step is a discipline officer's.
     */
    public static final Lifecycle<SupervisionCheckStatus, SupervisionCheckStep> LIFECYCLE =
            Lifecycle.of("SupervisionCheck", SupervisionCheckStatus.class, SupervisionCheckStep.class)
                    .step(SupervisionCheckStep.REQUIRE_RECTIFICATION, Set.of(RECORDED), RECTIFICATION_REQUIRED,
                            DISCIPLINE_OFFICER)
                    .step(SupervisionCheckStep.REPORT_RECTIFICATION, Set.of(RECTIFICATION_REQUIRED), RECTIFIED,
                            DISCIPLINE_OFFICER)
                    .step(SupervisionCheckStep.PASS_VERIFICATION, Set.of(RECTIFIED), VERIFIED, DISCIPLINE_OFFICER)
                    .step(SupervisionCheckStep.FAIL_VERIFICATION, Set.of(RECTIFIED), RECTIFICATION_REQUIRED,
                            DISCIPLINE_OFFICER)
                    .build();

    @Id
    public UUID id;

    public LocalDate checkedOn;

    public String subject;

    @Enumerated(EnumType.STRING)
    public SupervisionSubjectKind subjectKind;

    @Enumerated(EnumType.STRING)
    public SupervisionCheckKind kind;

    /** The inspectors, as the check's record names them. */
    public String inspectors;

    public String findings;

    @Enumerated(EnumType.STRING)
    public SupervisionCheckStatus status;

    public String rectificationRequired;

    public LocalDate rectificationDeadline;

    public String rectificationNote;

    public LocalDate rectifiedOn;

    public LocalDate verifiedOn;

    public String verifiedBy;

    @Version
    public long version;

    @Override
    public SupervisionCheckStatus state() {
        return status;
    }

    @Override
    public void state(SupervisionCheckStatus state) {
        status = state;
    }

    @Override
    public long version() {
        return version;
    }
}
