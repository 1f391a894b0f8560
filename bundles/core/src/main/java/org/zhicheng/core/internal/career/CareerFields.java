package org.zhicheng.core.internal.career;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.core.internal.file.FileValueEntity;

/**
 * The file's 基本情况 fields that come from the professional record, so that the file and the record cannot disagree:
 * written when the file is opened and whenever the record changes while the file is filled, never typed.
 */
public final class CareerFields {

    public static final String SECTION = CareerRecord.FILE_SECTION;

    private CareerFields() {
    }

    /** Field id to value; a field without a value (no appointment) is absent. */
    static Map<String, String> of(CareerRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("education", record.countedEducation()); // a technical-school class counts as education
        values.put("current-title", record.currentTitle());
        if (record.appointed() != null) {
            values.put("appointed", record.appointed().toString());
        }
        values.put("started-work", record.startedWork().toString());
        return values;
    }

    /** Whether the field of the section is one the record fills. */
    public static boolean derived(String sectionId, String fieldId) {
        return SECTION.equals(sectionId) && CareerRecord.FILE_FIELDS.contains(fieldId);
    }

    /**
     * The values a section is saved with: for 基本情况, the record's values in place of whatever was sent for the
     * fields it fills (the form shows them read-only); other sections unchanged.
     */
    public static Map<String, String> withRecord(EntityManager em, long applicantId, String sectionId, Map<String, String> wanted) {
        if (!SECTION.equals(sectionId)) {
            return wanted;
        }
        CareerRecordEntity record = em.find(CareerRecordEntity.class, applicantId);
        if (record == null) {
            return wanted; // files opened before records existed keep what their applicant typed
        }
        Map<String, String> values = new LinkedHashMap<>(wanted);
        values.keySet().removeIf(field -> derived(sectionId, field));
        values.putAll(of(record.toRecord()));
        return values;
    }

    /** Writes the record's values into the file's 基本情况, replacing what is there for those fields. */
    static void write(EntityManager em, long applicationId, CareerRecord record, Instant at, String by) {
        Map<String, String> values = of(record);
        Map<String, FileValueEntity> rows = new LinkedHashMap<>();
        em.createNamedQuery(FileValueEntity.FOR_SECTION, FileValueEntity.class).setParameter("applicationId", applicationId)
                .setParameter("sectionId", SECTION).getResultList().stream().filter(v -> derived(SECTION, v.getFieldId()))
                .forEach(v -> rows.put(v.getFieldId(), v));
        for (String field : CareerRecord.FILE_FIELDS) {
            String value = values.get(field);
            FileValueEntity row = rows.get(field);
            if (value == null && row != null) {
                em.remove(row);
            } else if (value != null && row == null) {
                em.persist(new FileValueEntity(applicationId, SECTION, field, value, at, by));
            } else if (value != null && !value.equals(row.getValue())) {
                row.update(value, at, by);
            }
        }
    }
}
