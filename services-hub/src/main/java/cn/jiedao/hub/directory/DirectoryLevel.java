package cn.jiedao.hub.directory;

/** The five-level chain 街道—社区—网格—楼栋—党员户. */
public enum DirectoryLevel {
    STREET, COMMUNITY, GRID, BUILDING, PARTY_MEMBER_HOUSEHOLD
}
