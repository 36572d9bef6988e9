package cn.jiedao.safety.audit;

/** What was done with a record's personal data (a key person's, a person concerned by a measure). */
public enum AccessAction {
    REGISTER, UPDATE, READ, LIST, SEARCH, EXPORT, VISIT, CLOSE, ERASE, RE_ENCRYPT
}
