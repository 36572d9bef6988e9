package cn.jiedao.safety.hazard;

import static cn.jiedao.kernel.security.Roles.GRID_WORKER;
import static cn.jiedao.kernel.security.Roles.SAFETY_OFFICER;
import static cn.jiedao.kernel.security.Roles.STREET_ADMIN;
import static cn.jiedao.safety.hazard.HazardStatus.CLOSED_FIXED;
import static cn.jiedao.safety.hazard.HazardStatus.CLOSED_UNFIXED;
import static cn.jiedao.safety.hazard.HazardStatus.OPEN;
import static cn.jiedao.safety.hazard.HazardStatus.RECTIFICATION_REPORTED;
import static cn.jiedao.safety.hazard.HazardStep.APPROVE_EXTENSION;
import static cn.jiedao.safety.hazard.HazardStep.CLOSE_UNFIXED;
import static cn.jiedao.safety.hazard.HazardStep.FAIL_VERIFICATION;
import static cn.jiedao.safety.hazard.HazardStep.PASS_VERIFICATION;
import static cn.jiedao.safety.hazard.HazardStep.REFUSE_EXTENSION;
import static cn.jiedao.safety.hazard.HazardStep.REPORT_RECTIFICATION;
import static cn.jiedao.safety.hazard.HazardStep.REQUEST_EXTENSION;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import java.util.Set;

/**
 * A hazard's state machine. The responsible party's rectification is reported by a safety officer or the
 * grid worker of the site; only a safety officer re-inspects (and not the one who reported the fix, a rule
 * on people that {@link HazardService} checks) or closes a hazard unfixed; an extension is requested by the
 * officer or grid worker and decided by a safety officer or street admin.
 */
public final class HazardLifecycle {

    public static final Lifecycle<HazardStatus, HazardStep> LIFECYCLE =
            Lifecycle.of("Hazard", HazardStatus.class, HazardStep.class)
                    .step(REPORT_RECTIFICATION, Set.of(OPEN), RECTIFICATION_REPORTED, SAFETY_OFFICER, GRID_WORKER)
                    .step(PASS_VERIFICATION, Set.of(RECTIFICATION_REPORTED), CLOSED_FIXED, SAFETY_OFFICER)
                    .step(FAIL_VERIFICATION, Set.of(RECTIFICATION_REPORTED), OPEN, SAFETY_OFFICER)
                    .step(CLOSE_UNFIXED, Set.of(OPEN, RECTIFICATION_REPORTED), CLOSED_UNFIXED, SAFETY_OFFICER)
                    .stay(REQUEST_EXTENSION, Set.of(OPEN), SAFETY_OFFICER, GRID_WORKER)
                    .stay(APPROVE_EXTENSION, Set.of(OPEN), SAFETY_OFFICER, STREET_ADMIN)
                    .stay(REFUSE_EXTENSION, Set.of(OPEN), SAFETY_OFFICER, STREET_ADMIN)
                    .build();

    private HazardLifecycle() {
    }
}
