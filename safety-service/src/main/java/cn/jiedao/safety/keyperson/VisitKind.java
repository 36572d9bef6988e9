package cn.jiedao.safety.keyperson;

/** 走访方式: at home, by phone, or a talk (谈话) at the office. */
public enum VisitKind {
    HOME_VISIT, PHONE, TALK
}
