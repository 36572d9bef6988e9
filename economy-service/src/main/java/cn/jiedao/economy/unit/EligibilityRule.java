package cn.jiedao.economy.unit;



/** How a threshold decides: a minimum annual main-business revenue, a construction qualification, or always. */
public enum EligibilityRule {
    REVENUE_AT_LEAST, CONSTRUCTION_QUALIFICATION, ALWAYS
}
