package cn.jiedao.mediation.dispute;

/** One step in a dispute's history. */
public enum DisputeAction {
    REGISTER, ACCEPT, EXTEND, CONCLUDE, WITHDRAW, FOLLOW_UP, CLASSIFY, CASE_PROGRESS, CONCLUDE_BY_CASE, VOLUNTEER_HELP
}
