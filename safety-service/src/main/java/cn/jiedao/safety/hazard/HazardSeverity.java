package cn.jiedao.safety.hazard;

/** 隐患等级. */
public enum HazardSeverity {
    GENERAL, MAJOR
}
