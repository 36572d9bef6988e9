package cn.jiedao.mediation.dispute;

/** 紧急程度. */
public enum Urgency {
    NORMAL, URGENT
}
