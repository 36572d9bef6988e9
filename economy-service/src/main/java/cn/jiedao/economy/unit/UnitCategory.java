package cn.jiedao.economy.unit;



/** 库内单位类别: the statistics library's categories (限上商贸 = the four above-quota trades). */
public enum UnitCategory {
    ABOVE_QUOTA_WHOLESALE, ABOVE_QUOTA_RETAIL, ABOVE_QUOTA_ACCOMMODATION, ABOVE_QUOTA_CATERING, ABOVE_SCALE_SERVICES, ABOVE_SCALE_CONSTRUCTION, REAL_ESTATE_DEVELOPMENT
}
