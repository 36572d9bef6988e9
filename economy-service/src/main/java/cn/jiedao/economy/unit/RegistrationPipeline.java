package cn.jiedao.economy.unit;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 培育 → 申报 → 入库 → 退库. A declaration the bureau returns goes back to cultivation; an exited unit can be
 * cultivated again.
 */
public final class RegistrationPipeline {

    private static final Map<RegistrationStatus, Set<RegistrationStatus>> NEXT = Map.of(
            RegistrationStatus.CULTIVATING, EnumSet.of(RegistrationStatus.DECLARED),
            RegistrationStatus.DECLARED, EnumSet.of(RegistrationStatus.IN_LIBRARY, RegistrationStatus.CULTIVATING),
            RegistrationStatus.IN_LIBRARY, EnumSet.of(RegistrationStatus.EXITED),
            RegistrationStatus.EXITED, EnumSet.of(RegistrationStatus.CULTIVATING));

    private RegistrationPipeline() {
    }

    public static boolean allows(RegistrationStatus from, RegistrationStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<RegistrationStatus> next(RegistrationStatus from) {
        return NEXT.get(from);
    }
}
