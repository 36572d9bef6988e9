package cn.jiedao.mediation.dispute;

/** How a concluded dispute ended. */
public enum DisputeOutcome {
    RESOLVED, FAILED, ESCALATED
}
