package cn.jiedao.mediation.dispute;

/** What the parties were advised when mediation failed. */
public enum FailureAdvice {
    COURT, ARBITRATION, OTHER_DEPARTMENT
}
