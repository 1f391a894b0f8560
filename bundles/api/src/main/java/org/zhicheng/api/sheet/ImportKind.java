package org.zhicheng.api.sheet;

/** What a spreadsheet import records; each has a template to download ({@link SheetService#template}). */
public enum ImportKind {
    /** Continuing-education hours (继续教育学时, R-18, R-24): the county bureaus and series departments, who review them. */
    EDUCATION_HOURS("继续教育学时", "continuing-education hours"),
    /** Exam results (考试成绩, R-33): whoever may record an exam result for the applicant. */
    EXAM_RESULTS("考试成绩", "exam results"),
    /** Units (用人单位): administrators anywhere, a county bureau its own county (also UnitService.importCsv). */
    UNITS("用人单位", "units");

    private final String chineseName;
    private final String englishName;

    ImportKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
