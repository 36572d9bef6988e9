package cn.jiedao.safety.hazard;

/** Why a hazard was escalated to the street: it is major, or it is past its rectification deadline. */
public enum Escalation {
    MAJOR, OVERDUE
}
