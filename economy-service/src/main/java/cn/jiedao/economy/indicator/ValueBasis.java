package cn.jiedao.economy.indicator;



/** How a monthly figure was reported: the month's own value or the cumulative 1–N month value. */
public enum ValueBasis {
    MONTH, CUMULATIVE
}
