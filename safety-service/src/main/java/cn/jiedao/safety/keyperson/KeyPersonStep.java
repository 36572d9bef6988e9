package cn.jiedao.safety.keyperson;

/** The steps of a key-person record. */
public enum KeyPersonStep {
    REGISTER, CLOSE, ERASE
}
