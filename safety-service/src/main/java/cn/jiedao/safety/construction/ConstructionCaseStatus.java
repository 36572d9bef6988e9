package cn.jiedao.safety.construction;

/** 违建案件状态. */
public enum ConstructionCaseStatus {
    OPEN, DEMOLISHED, CLOSED
}
