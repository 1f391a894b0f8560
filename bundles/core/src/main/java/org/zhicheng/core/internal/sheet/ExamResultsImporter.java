package org.zhicheng.core.internal.sheet;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ExamResultEntity;

/**
 * National exam results (R-33: the senior-economics exam). Imported by whoever records an exam result one by one
 * (ApplicantService.recordExamResult): the county bureaus and series departments that check the exam requirement (R-19,
 * R-20 lists exams among what is checked), for the applicants they cover.
 */
final class ExamResultsImporter extends SheetImporter<ExamResult> {

    static final Column EXAM = new Column("考试", "exam");
    static final Column YEAR = new Column("考试年度", "year");
    static final Column AT_STANDARD = new Column("达到国家合格标准", "atNationalStandard");
    static final String SENIOR_ECONOMICS = "全国高级经济专业技术资格考试";

    @Override
    public ImportKind kind() {
        return ImportKind.EXAM_RESULTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(ApplicantRows.ID_NUMBER, ApplicantRows.NAME, EXAM, YEAR, AT_STANDARD);
    }

    @Override
    public Column keyColumn() {
        return YEAR;
    }

    @Override
    public ExamResult parse(RowCells cells, EntityManager em, Actor actor) {
        ApplicantEntity applicant = ApplicantRows.applicant(cells, em, actor);
        String exam = cells.required(EXAM);
        if (exam != null && !SENIOR_ECONOMICS.equals(exam) && !ExamResult.SENIOR_ECONOMICS.equals(exam)) {
            cells.error(EXAM, "须为“" + SENIOR_ECONOMICS + "”（现为“" + RowCells.shorten(exam) + "”）",
                    "must be " + ExamResult.SENIOR_ECONOMICS + ", not \"" + RowCells.shorten(exam) + "\"");
        }
        Integer year = cells.integer(YEAR, 1990, 2100);
        Boolean atStandard = cells.yesNo(AT_STANDARD);
        if (cells.wrong() || applicant == null || year == null || atStandard == null) {
            return null;
        }
        return new ExamResult(applicant.getId(), ExamResult.SENIOR_ECONOMICS, year, atStandard);
    }

    @Override
    public Object key(ExamResult value) {
        return List.of(value.applicantId(), value.exam(), value.year());
    }

    @Override
    public boolean onRecord(ExamResult value, RowCells cells, EntityManager em) {
        for (ExamResult known : ExamResultEntity.of(em, value.applicantId())) {
            if (known.exam().equals(value.exam()) && known.year() == value.year()) {
                if (known.atNationalStandard() != value.atNationalStandard()) {
                    cells.error(AT_STANDARD, value.year() + "年的成绩已记录为" + (known.atNationalStandard() ? "达到" : "未达到")
                            + "国家合格标准，与本行不符", "the result of " + value.year() + " is on record otherwise");
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public Object store(ExamResult value, EntityManager em, Actor actor) {
        em.persist(new ExamResultEntity(em.find(ApplicantEntity.class, value.applicantId()), value, Instant.now()));
        return value;
    }
}
