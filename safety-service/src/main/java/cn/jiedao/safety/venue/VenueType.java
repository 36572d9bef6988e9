package cn.jiedao.safety.venue;

/** 监管场所类型. */
public enum VenueType {
    INTERNET_CAFE, ENTERTAINMENT_VENUE
}
