package org.zhicheng.core.internal;

import java.util.Map;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.testfixtures.FileCompletion;

/**
 * Core's tests' short way to {@link FileCompletion} (shared with the in-container tests): the attachments come from
 * the database of the file content service made by {@link TestServices#fileContents}.
 */
public final class CompleteFiles {

    /** A scan core takes (it reads the content, not the name). */
    static final byte[] SCAN = FileCompletion.SCAN;

    private CompleteFiles() {
    }

    /** Fills and signs the file as the given actor (its applicant, or an integration acting for them). */
    public static void complete(FileContentService contents, long applicationId, Actor actor) {
        FileCompletion.complete(contents, TestServices.attachments(contents), applicationId, actor);
    }

    /** Completes the draft (or returned file) and submits it. */
    public static Application submit(ApplicationServiceImpl applications, FileContentService contents, Application file,
                                     Actor actor) {
        complete(contents, file.id(), actor);
        return applications.submit(file.id(), file.version(), actor);
    }

    /** A value for every field of the section that its type takes. */
    public static Map<String, String> sample(FileSection section) {
        return FileCompletion.sample(section);
    }
}
