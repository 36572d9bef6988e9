package cn.jiedao.economy.unit;



/**
 * The steps of the 申规入统 pipeline: registration, then 申报 (declare), 入库 (admit), 退库 (exit), and back to
 * 培育 (cultivate) from a returned declaration or an exited unit. A status change names the status a unit
 * moves to; each status is reached by exactly one step.
 */
public enum RegistrationStep {
    REGISTER, CULTIVATE, DECLARE, ADMIT, EXIT;

    /** The step that leads to {@code status}. */
    public static RegistrationStep toward(RegistrationStatus status) {
        return switch (status) {
            case CULTIVATING -> CULTIVATE;
            case DECLARED -> DECLARE;
            case IN_LIBRARY -> ADMIT;
            case EXITED -> EXIT;
        };
    }
}
