package org.zhicheng.api.career;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.zhicheng.api.bridge.TechnicalSchoolClass;

/**
 * The applicant's professional record (职业信息), kept before any file is opened: a file copies its dates, title and
 * education from here and opening a file checks them (seniority minimums, the bridge R-31).
 *
 * @param applicantId          whose record
 * @param startedWork          参加工作时间, the start of professional work
 * @param currentTitle         现任专业技术职务, "无" without one
 * @param appointed            现职务聘任时间, null without a title
 * @param education            highest education, one of {@link #EDUCATION_LEVELS}
 * @param technicalSchoolClass a technical-school class graduated from, or null
 * @param vocational           a vocational qualification, or null
 * @param yearsOfTechnicalWork years of technical work since the vocational qualification
 * @param appraisalsPassed     the last three years' appraisals were all passed or better
 */
public record CareerRecord(long applicantId, LocalDate startedWork, String currentTitle, LocalDate appointed,
                           String education, TechnicalSchoolClass technicalSchoolClass, VocationalCertificate vocational,
                           int yearsOfTechnicalWork, boolean appraisalsPassed) {

    /** The section of the file whose {@link #FILE_FIELDS} the record fills: never typed into the file. */
    public static final String FILE_SECTION = "basic";
    /** 最高学历 (as R-32 counts it), 现任专业技术职务, 现职务聘任时间, 参加工作时间. */
    public static final List<String> FILE_FIELDS = List.of("education", "current-title", "appointed", "started-work");

    /** Highest education, highest first; the same terms as the file's 最高学历. */
    public static final List<String> EDUCATION_LEVELS = List.of("博士研究生", "硕士研究生", "大学本科", "大学专科",
            "中专（中技）", "高中及以下");

    public Optional<VocationalCertificate> vocationalCertificate() {
        return Optional.ofNullable(vocational);
    }

    /**
     * the education the rules count, the higher of the recorded one and the one a technical-school class
     * counts as (中级工班 中专, 高级工班 大专, 预备技师班 本科).
     */
    public String countedEducation() {
        if (technicalSchoolClass == null) {
            return education;
        }
        String equivalent = switch (technicalSchoolClass) {
            case INTERMEDIATE_WORKER_CLASS -> "中专（中技）";
            case SENIOR_WORKER_CLASS -> "大学专科";
            case PREPARATORY_TECHNICIAN_CLASS -> "大学本科";
        };
        int recorded = EDUCATION_LEVELS.indexOf(education);
        return recorded >= 0 && recorded < EDUCATION_LEVELS.indexOf(equivalent) ? education : equivalent;
    }
}
