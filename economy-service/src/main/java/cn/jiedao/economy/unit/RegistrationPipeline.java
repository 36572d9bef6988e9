package cn.jiedao.economy.unit;

import static cn.jiedao.economy.unit.RegistrationStatus.CULTIVATING;
import static cn.jiedao.economy.unit.RegistrationStatus.DECLARED;
import static cn.jiedao.economy.unit.RegistrationStatus.EXITED;
import static cn.jiedao.economy.unit.RegistrationStatus.IN_LIBRARY;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import cn.jiedao.kernel.security.Roles;
import java.util.Set;

/**
 * 培育 → 申报 → 入库 → 退库 as a lifecycle. A declaration the bureau returns goes back to cultivation; an exited
 * unit can be cultivated again. Economy officers and the street's administrators take every step.
 */
public final class RegistrationPipeline {

    public static final Lifecycle<RegistrationStatus, RegistrationStep> LIFECYCLE = Lifecycle
            .of("Unit", RegistrationStatus.class, RegistrationStep.class)
            .step(RegistrationStep.DECLARE, Set.of(CULTIVATING), DECLARED, Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN)
            .step(RegistrationStep.ADMIT, Set.of(DECLARED), IN_LIBRARY, Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN)
            .step(RegistrationStep.CULTIVATE, Set.of(DECLARED, EXITED), CULTIVATING, Roles.ECONOMY_OFFICER,
                    Roles.STREET_ADMIN)
            .step(RegistrationStep.EXIT, Set.of(IN_LIBRARY), EXITED, Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN)
            .build();

    private RegistrationPipeline() {
    }

    public static boolean allows(RegistrationStatus from, RegistrationStatus to) {
        return LIFECYCLE.allows(from, RegistrationStep.toward(to));
    }

    public static Set<RegistrationStatus> next(RegistrationStatus from) {
        return LIFECYCLE.nextStates(from);
    }
}
