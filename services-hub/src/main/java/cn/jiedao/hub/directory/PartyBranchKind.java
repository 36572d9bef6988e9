package cn.jiedao.hub.directory;

/** 网格党支部 or 党小组. */
public enum PartyBranchKind {
    BRANCH, GROUP
}
