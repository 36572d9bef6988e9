package cn.jiedao.economy.census;

import java.math.BigDecimal;

/** One valid census unit record. */
public record CensusRow(int recordType, String registerCode, String creditCode, String name, String industryCode,
        String divisionCode, String gridCode, String address, boolean licensed, boolean digitalEconomy,
        boolean largeIndividual, BigDecimal revenue, Integer employees) {

    /** The upsert key with the record type: the register code, or the credit code when there is none. */
    public String unitKey() {
        return registerCode != null ? registerCode : "USCC:" + creditCode;
    }

    public CensusRecordType type() {
        return CensusRecordType.values()[recordType - 1];
    }
}
