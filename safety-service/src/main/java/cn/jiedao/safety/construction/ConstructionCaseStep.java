package cn.jiedao.safety.construction;

/** The steps of an illegal-construction case. */
public enum ConstructionCaseStep {
    REPORT, VERIFY, ISSUE_NOTICE, DEMOLISH, LEGALISE, CLOSE
}
