package cn.jiedao.economy.investment;



/** A fixed-asset investment project's stage. */
public enum ProjectStatus {
    PLANNED, UNDER_CONSTRUCTION, COMPLETED, SUSPENDED
}
