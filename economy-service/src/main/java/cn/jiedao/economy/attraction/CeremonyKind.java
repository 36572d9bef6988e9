package cn.jiedao.economy.attraction;



/** Kinds of signing ceremony (签约仪式). */
public enum CeremonyKind {
    HEADQUARTERS_ECONOMY, INDUSTRY_PROMOTION, OTHER
}
