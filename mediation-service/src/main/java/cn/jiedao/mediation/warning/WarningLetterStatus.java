package cn.jiedao.mediation.warning;

/** Where a warning letter stands: received, acknowledged (签收), responded. */
public enum WarningLetterStatus {
    RECEIVED, ACKNOWLEDGED, RESPONDED
}
