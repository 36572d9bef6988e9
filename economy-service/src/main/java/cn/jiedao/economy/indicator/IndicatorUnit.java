package cn.jiedao.economy.indicator;



/** Units of economic indicators. */
public enum IndicatorUnit {
    TEN_THOUSAND_YUAN, HUNDRED_MILLION_YUAN, UNITS, ITEMS
}
