package org.zhicheng.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;

/**
 * Files made complete as their applicant would before submitting: every field of every section, common and
 * the series', that is still empty filled with a value its type takes (what a test filled itself is kept), and the
 * personal commitment signed (Annex 3) unless it is.
 */
public final class CompleteFiles {

    private CompleteFiles() {
    }

    /** Fills and signs the file as the given actor (its applicant, or an integration acting for them). */
    public static void complete(FileContentService contents, long applicationId, Actor actor) {
        for (FileSection section : contents.sections(applicationId, actor)) {
            Map<String, String> values = sample(section);
            values.putAll(contents.values(applicationId, section.id(), actor));
            contents.save(applicationId, section.id(), values, actor);
        }
        if (contents.commitment(applicationId, actor).isEmpty()) {
            contents.signCommitment(applicationId, actor);
        }
    }

    /** Completes the draft (or returned file) and submits it. */
    public static Application submit(ApplicationServiceImpl applications, FileContentService contents, Application file,
                                     Actor actor) {
        complete(contents, file.id(), actor);
        return applications.submit(file.id(), file.version(), actor);
    }

    /** A value for every field of the section that its type takes. */
    public static Map<String, String> sample(FileSection section) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FileField field : section.fields()) {
            values.put(field.id(), switch (field.type()) {
                case TEXT -> "测试" + field.label();
                case LONG_TEXT -> "测试：" + field.label() + "\n第二行";
                case NUMBER -> "12";
                case DATE -> "2010-07-01";
                case CHOICE -> field.choices().get(0);
            });
        }
        return values;
    }
}
