package org.zhicheng.api.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * The applicant fills the file section by section and signs the personal commitment before submitting it (R-13,
 * Annex 3). Whoever may see the file reads it; an expert assigned to it reads only what is not identity.
 * Filling and signing do not change the file's {@code version}. Implemented by the platform only.
 */
@ProviderType
public interface FileContentService {

    /** Core's common sections, then the series' own ones, for whoever may see the file. */
    List<FileSection> sections(long applicationId, Actor actor);

    /** The filled values of a section by field id, in the section's order; empty fields are absent. */
    Map<String, String> values(long applicationId, String sectionId, Actor actor);

    /**
     * Every section's filled values at once, read together: by section id in the sections' order, each as
     * {@link #values} gives it; a section without any filled field is absent. For whoever may see the file, as
     * {@link #values}.
     *
     * @since 1.1
     */
    Map<String, Map<String, String>> allValues(long applicationId, Actor actor);

    /**
     * Replaces the section's values as a whole (a field absent or blank is emptied), by the applicant, while the file
     * is a draft or returned. Refused, with nothing changed: an unknown section ({@code UNKNOWN_SECTION}) or field, a
     * number, date or choice that is not one, a value too long ({@code INVALID_INPUT}), a file no longer editable
     * ({@code NOT_EDITABLE}). Recorded in the audit log.
     */
    void save(long applicationId, String sectionId, Map<String, String> values, Actor actor);

    /**
     * What keeps the file from being submitted, in Chinese: every required field still empty as
     * {@code 基本情况：最高学历}, and {@code 个人承诺书未签署} while the commitment is unsigned. Empty when complete.
     */
    List<String> missing(long applicationId, Actor actor);

    /** The wording of the personal commitment (Annex 3 of the notice) the applicant signs. */
    String commitmentText();

    /** The applicant signs the commitment of their editable file (again, if they signed before); audited. */
    Commitment signCommitment(long applicationId, Actor actor);

    Optional<Commitment> commitment(long applicationId, Actor actor);

    /**
     * For blind review: the values of the fields that are not identity, by section id and field id, for an
     * expert assigned to the file (and whoever may see it). Identity fields are never in it.
     */
    Map<String, Map<String, String>> anonymisedValues(long applicationId, Actor actor);
}
