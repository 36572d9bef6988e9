package cn.jiedao.mediation.warning;

/** Where a warning letter stands; derived from its acknowledged and responded timestamps. */
public enum WarningLetterStatus {
    RECEIVED, ACKNOWLEDGED, RESPONDED
}
