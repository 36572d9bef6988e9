package cn.jiedao.safety.hazard;

/** A request to move a hazard's rectification deadline (延期整改): pending, approved or refused. */
public enum ExtensionStatus {
    REQUESTED, APPROVED, REFUSED
}
