package cn.jiedao.safety.construction;

/** 违建案件状态. */
public enum ConstructionCaseStatus {
    REPORTED, VERIFIED, NOTICE_ISSUED, DEMOLISHED, LEGALISED, CLOSED
}
