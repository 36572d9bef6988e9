package cn.jiedao.economy.census;



/** 五经普 record types 1, 2, 3. */
public enum CensusRecordType {
    LEGAL_ENTITY, ESTABLISHMENT, INDIVIDUAL_BUSINESS
}
