package cn.jiedao.safety.keyperson;

/** Under supervision, closed (supervision ended, personal fields kept for the retention period), or erased. */
public enum KeyPersonStatus {
    UNDER_SUPERVISION, CLOSED, ERASED
}
