package cn.jiedao.mediation.warning;

/** One step in a warning letter's history. */
public enum WarningLetterAction {
    REGISTER, ACKNOWLEDGE, RESPOND
}
