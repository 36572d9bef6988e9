package cn.jiedao.hub.servicerequest;

/** The datatypes of a service type's attributes, those of Open311 GeoReport v2. */
public enum AttributeType {
    STRING, TEXT, NUMBER, DATETIME, SINGLE_VALUE_LIST, MULTI_VALUE_LIST;

    public boolean isList() {
        return this == SINGLE_VALUE_LIST || this == MULTI_VALUE_LIST;
    }
}
