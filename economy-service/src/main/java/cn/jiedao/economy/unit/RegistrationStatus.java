package cn.jiedao.economy.unit;



/** 申规入统 status: 培育 → 申报 → 入库 → 退库. */
public enum RegistrationStatus {
    CULTIVATING, DECLARED, IN_LIBRARY, EXITED
}
