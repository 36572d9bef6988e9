package cn.jiedao.hub.servicepoint;

/** 服务阵地类型: service points of the 1+N matrix, canteens, elderly-care centres and health points. */
public enum ServicePointType {
    PARTY_MASS_SERVICE_CENTER, NEIGHBORHOOD_CENTER, RED_STATION, CITY_SERVICE_STATION, CITY_STUDY, CANTEEN,
    ELDERLY_CARE_CENTER, HEALTH_POINT
}
