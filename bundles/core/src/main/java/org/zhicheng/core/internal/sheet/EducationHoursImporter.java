package org.zhicheng.core.internal.sheet;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.zhicheng.api.education.EducationRecord;
import org.zhicheng.api.education.EducationRecord.Kind;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.core.internal.education.EducationRecordEntity;
import org.zhicheng.core.internal.persistence.ApplicantEntity;

/**
 * Continuing-education hours as the platform's own record. The county bureaus and series departments
 * import them: the notice has the HR bureaus organise continuing education and the reviewers check its hours;
 * each row only for an applicant the importer covers.
 */
final class EducationHoursImporter extends SheetImporter<EducationRecord> {

    static final Column YEAR = new Column("年度", "year");
    static final Column KIND = new Column("类别", "kind");
    static final Column HOURS = new Column("学时", "hours");
    static final Column REFERENCE = new Column("证书编号", "reference");
    private static final int MAX_REFERENCE = 100;

    @Override
    public ImportKind kind() {
        return ImportKind.EDUCATION_HOURS;
    }

    @Override
    public List<Column> columns() {
        return List.of(ApplicantRows.ID_NUMBER, ApplicantRows.NAME, YEAR, KIND, HOURS, REFERENCE);
    }

    @Override
    public Column keyColumn() {
        return REFERENCE;
    }

    @Override
    public EducationRecord parse(RowCells cells, EntityManager em, Actor actor) {
        ApplicantEntity applicant = ApplicantRows.applicant(cells, em, actor);
        Integer year = cells.integer(YEAR, 2000, 2100);
        String kindText = cells.required(KIND);
        Kind kind = kindText == null ? null : kind(kindText);
        if (kindText != null && kind == null) {
            cells.error(KIND, "须为“专业科目”或“公需科目”（现为“" + RowCells.shorten(kindText) + "”）",
                    "must be professional or public, not \"" + RowCells.shorten(kindText) + "\"");
        }
        Integer hours = cells.integer(HOURS, 1, 1000);
        String reference = cells.required(REFERENCE);
        if (reference != null && reference.length() > MAX_REFERENCE) {
            cells.error(REFERENCE, "不得超过" + MAX_REFERENCE + "个字符", "at most " + MAX_REFERENCE + " characters");
            return null;
        }
        if (cells.wrong() || applicant == null || year == null || kind == null || hours == null || reference == null) {
            return null;
        }
        // the import is the platform's own record, whatever the year
        return new EducationRecord(applicant.getId(), year, kind, hours, EducationRecord.Source.PLATFORM, reference);
    }

    private static Kind kind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "专业科目", "专业", "professional" -> Kind.PROFESSIONAL;
            case "公需科目", "公需", "public" -> Kind.PUBLIC;
            default -> null;
        };
    }

    static String term(Kind kind) {
        return kind == Kind.PROFESSIONAL ? "专业科目" : "公需科目";
    }

    @Override
    public Object key(EducationRecord value) {
        return List.of(value.applicantId(), value.year(), value.kind(), value.reference());
    }

    @Override
    public boolean onRecord(EducationRecord value, RowCells cells, EntityManager em) {
        for (EducationRecordEntity entity : em.createNamedQuery(EducationRecordEntity.FOR_APPLICANT, EducationRecordEntity.class)
                .setParameter("applicantId", value.applicantId()).getResultList()) {
            EducationRecord known = entity.toRecord();
            if (known.year() == value.year() && known.kind() == value.kind() && known.reference().equals(value.reference())) {
                if (known.hours() != value.hours()) {
                    cells.error(HOURS, "该证书已记录为" + known.hours() + "学时，与本行的" + value.hours() + "学时不符",
                            "this certificate is on record with " + known.hours() + " hours, not " + value.hours());
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public Object store(EducationRecord value, EntityManager em, Actor actor) {
        em.persist(new EducationRecordEntity(value, Instant.now()));
        return value;
    }
}
