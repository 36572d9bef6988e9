package cn.jiedao.safety.site;

/** 检查对象类别. An internet café or an entertainment venue is a supervised venue (监管场所). */
public enum SiteKind {
    RESTAURANT, INTERNET_CAFE, ENTERTAINMENT_VENUE, MALL, HIGH_RISE_BUILDING, GAS_USER, SCHOOL, OTHER;

    /** Kinds that join the gas-safety roster unless the register says otherwise. */
    public boolean usesGas() {
        return this == RESTAURANT || this == GAS_USER;
    }

    public boolean isVenue() {
        return this == INTERNET_CAFE || this == ENTERTAINMENT_VENUE;
    }
}
