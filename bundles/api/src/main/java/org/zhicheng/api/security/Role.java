package org.zhicheng.api.security;

/**
 * The platform's roles. Each account has one; what a role may see and do is decided in core, for every caller
 * (web UI, REST, shell), never only in a user interface.
 */
public enum Role {
    /** 申报人: their own files only. */
    APPLICANT("申报人"),
    /** 用人单位: the files of their own staff. */
    EMPLOYER("用人单位"),
    /** 县（市）人社局、教科局: the files of units in their county. */
    COUNTY_BUREAU("县（市）人社局/教科局"),
    /** 行业主管部门: the files of their series. */
    SERIES_DEPARTMENT("行业主管部门"),
    /** 评审专家: only anonymised files assigned to them. */
    EXPERT("评审专家"),
    /** 评委会办公室: evaluation of their series' files, or of all series when it names none. */
    COMMITTEE_OFFICE("评委会办公室"),
    /** 系统管理员: accounts, configuration and the audit log; reads files but takes no review decision. */
    ADMIN("系统管理员"),
    /** 接口用户: the region's platform and automation, driving the whole workflow. */
    INTEGRATION("接口用户"),
    /** The platform acting on its own (demo data, plugins' rules); no account can have it. */
    SYSTEM("系统");

    private final String officialTerm;

    Role(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
