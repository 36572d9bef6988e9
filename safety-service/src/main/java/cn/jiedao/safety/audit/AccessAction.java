package cn.jiedao.safety.audit;

/** What was done with a key-person record's personal data. */
public enum AccessAction {
    REGISTER, UPDATE, READ, LIST, SEARCH, EXPORT, VISIT, CLOSE, ERASE, RE_ENCRYPT
}
