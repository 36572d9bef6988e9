package cn.jiedao.safety.keyperson;

/** 风险等级 of a key person, set by the responsible officer's assessment; the visits follow it. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
