package cn.jiedao.economy.unit;



/**
 * The events of {@code economy.unit-events}. Key: the unit's unified social credit code (for a census unit
 * without one, its census register code), so that safety sees one key per business whichever way it arrived.
 */
public final class UnitEvents {

    public static final String TOPIC = "economy.unit-events";
    public static final String REGISTERED = "economy.unit.registered";

    /** GB/T 4754-2017 divisions whose units join the gas-safety roster: 61 accommodation, 62 catering. */
    public static boolean isAccommodationOrCatering(String industryCode) {
        return industryCode != null && (industryCode.startsWith("61") || industryCode.startsWith("62"));
    }

    /**
     * Data of {@value #REGISTERED}.
     *
     * @param source       {@code REGISTRY} (申规入统 registration) or {@code CENSUS} (五经普 import)
     * @param unitId       the registry unit's id, or the census row's id
     * @param recordType   census record type (LEGAL_ENTITY, ESTABLISHMENT, INDIVIDUAL_BUSINESS), null for the registry
     */
    public record Registered(String source, String unitId, String creditCode, String registerCode, String name,
            String address, String gridCode, String industryCode, String divisionCode, String recordType) {
    }

    private UnitEvents() {
    }
}
