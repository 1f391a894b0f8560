package org.zhicheng.core.internal.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.attachment.EducationProof;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * What a file holds section by section and whether it is complete: shared by the file's content service and
 * the submission, inside the caller's transaction.
 */
public final class FileContents {

    /** The personal commitment, Annex 3 of the 2023 notice, as the applicant signs it. */
    public static final String COMMITMENT_TEXT = "本人承诺以上填报的内容和提交的材料完全真实有效，且网上填报与送审报表内容完全一致。"
            + "如申请人提交弄虚作假确认材料的，一经查实，不予受理确认申报或取消已确认的资格，并从申报年度下一年度起 3 年内，"
            + "不得申报专业技术资格。";
    public static final String UNSIGNED = "个人承诺书未签署";

    private final SeriesCatalog catalog;

    public FileContents(SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    /** Core's common sections, then the series' own (a suspended series keeps them: its descriptor is stored). */
    public List<FileSection> sections(String seriesCode) {
        List<FileSection> sections = new ArrayList<>(CommonSections.ALL);
        catalog.find(seriesCode).map(Series::fileSections).ifPresent(sections::addAll);
        return List.copyOf(sections);
    }

    /** The stored values by section id and field id. */
    static Map<String, Map<String, String>> stored(EntityManager em, long applicationId) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        em.createNamedQuery(FileValueEntity.VALUES_OF_APPLICATION, Object[].class).setParameter("applicationId", applicationId)
                .getResultList().forEach(v -> values.computeIfAbsent((String) v[0], id -> new LinkedHashMap<>())
                        .put((String) v[1], (String) v[2]));
        return values;
    }

    /** A required field still empty: where it is, and how the applicant reads it ("基本情况：最高学历"). */
    public record EmptyField(String sectionId, String fieldId, String text) {
    }

    /** Every required field still empty, in the sections' order. */
    public List<EmptyField> emptyRequired(EntityManager em, ApplicationEntity application) {
        Map<String, Map<String, String>> values = stored(em, application.getId());
        List<EmptyField> empty = new ArrayList<>();
        for (FileSection section : sections(application.getSeriesCode())) {
            Map<String, String> filled = values.getOrDefault(section.id(), Map.of());
            for (FileField field : section.fields()) {
                if (field.required() && !filled.containsKey(field.id())) {
                    empty.add(new EmptyField(section.id(), field.id(), section.title() + "：" + field.label()));
                }
            }
        }
        return empty;
    }

    /** How many required fields the series' file has. */
    public int requiredCount(String seriesCode) {
        return (int) sections(seriesCode).stream().flatMap(s -> s.fields().stream()).filter(FileField::required).count();
    }

    /** Whether the personal commitment (Annex 3) is signed. */
    public static boolean signed(EntityManager em, long applicationId) {
        return em.find(CommitmentEntity.class, applicationId) != null;
    }

    /** Every required field still empty ("基本情况：最高学历"), then the unsigned commitment; empty when complete. */
    public List<String> missing(EntityManager em, ApplicationEntity application) {
        List<String> missing = new ArrayList<>(emptyRequired(em, application).stream().map(EmptyField::text).toList());
        missing.addAll(EducationProof.missing(em, application.getId())); // blocks submitting, not only the screen
        if (!signed(em, application.getId())) {
            missing.add(UNSIGNED);
        }
        return missing;
    }

    /** refused with {@code INCOMPLETE_FILE} and what is missing unless the file is complete. */
    public void requireComplete(EntityManager em, ApplicationEntity application) {
        List<String> missing = missing(em, application);
        if (!missing.isEmpty()) {
            throw Refusals.incompleteFile(missing);
        }
    }
}
