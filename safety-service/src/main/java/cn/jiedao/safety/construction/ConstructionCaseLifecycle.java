package cn.jiedao.safety.construction;

import static cn.jiedao.kernel.security.Roles.SAFETY_OFFICER;
import static cn.jiedao.safety.construction.ConstructionCaseStatus.CLOSED;
import static cn.jiedao.safety.construction.ConstructionCaseStatus.DEMOLISHED;
import static cn.jiedao.safety.construction.ConstructionCaseStatus.LEGALISED;
import static cn.jiedao.safety.construction.ConstructionCaseStatus.NOTICE_ISSUED;
import static cn.jiedao.safety.construction.ConstructionCaseStatus.REPORTED;
import static cn.jiedao.safety.construction.ConstructionCaseStatus.VERIFIED;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import java.util.Set;

/**
 * A case's state machine, every step the safety officers':
 *
 * <pre>
 * REPORTED --verify--> VERIFIED --issue notice--> NOTICE_ISSUED
 * VERIFIED, NOTICE_ISSUED --demolish--> DEMOLISHED --close--> CLOSED
 * VERIFIED, NOTICE_ISSUED --legalise--> LEGALISED  --close--> CLOSED
 * REPORTED --close--> CLOSED          (no illegal structure found)
 * </pre>
 */
public final class ConstructionCaseLifecycle {

    public static final Lifecycle<ConstructionCaseStatus, ConstructionCaseStep> LIFECYCLE =
            Lifecycle.of("Illegal-construction case", ConstructionCaseStatus.class, ConstructionCaseStep.class)
                    .step(ConstructionCaseStep.VERIFY, Set.of(REPORTED), VERIFIED, SAFETY_OFFICER)
                    .step(ConstructionCaseStep.ISSUE_NOTICE, Set.of(VERIFIED), NOTICE_ISSUED, SAFETY_OFFICER)
                    .step(ConstructionCaseStep.DEMOLISH, Set.of(VERIFIED, NOTICE_ISSUED), DEMOLISHED, SAFETY_OFFICER)
                    .step(ConstructionCaseStep.LEGALISE, Set.of(VERIFIED, NOTICE_ISSUED), LEGALISED, SAFETY_OFFICER)
                    .step(ConstructionCaseStep.CLOSE, Set.of(REPORTED, DEMOLISHED, LEGALISED), CLOSED, SAFETY_OFFICER)
                    .build();

    private ConstructionCaseLifecycle() {
    }
}
