package cn.jiedao.economy.census;



/** The state of a census import job. */
public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
