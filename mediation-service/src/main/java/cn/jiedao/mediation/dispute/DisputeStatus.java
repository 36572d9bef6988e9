package cn.jiedao.mediation.dispute;

/** Where a dispute stands in the pipeline. */
public enum DisputeStatus {
    RECEIVED, ACCEPTED, CONCLUDED, WITHDRAWN, CLOSED
}
