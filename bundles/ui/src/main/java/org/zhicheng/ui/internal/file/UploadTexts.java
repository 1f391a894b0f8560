package org.zhicheng.ui.internal.file;

import java.util.List;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own words (buttons, progress, its refusals) from the ui's texts, Chinese by default. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component in) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(in.getTranslation("upload.drop")).setMany(in.getTranslation("upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(in.getTranslation("upload.add")).setMany(in.getTranslation("upload.add")))
                .setCancel(in.getTranslation("common.cancel"))
                .setFile(new UploadI18N.File().setRetry(in.getTranslation("upload.retry"))
                        .setStart(in.getTranslation("upload.start")).setRemove(in.getTranslation("upload.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(in.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(in.getTranslation("upload.tooBig"))
                        .setIncorrectFileType(in.getTranslation("upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(in.getTranslation("upload.connecting"))
                                .setStalled(in.getTranslation("upload.stalled"))
                                .setProcessing(in.getTranslation("upload.processing"))
                                .setHeld(in.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(in.getTranslation("upload.remaining")).setUnknown(in.getTranslation("upload.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(in.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(in.getTranslation("upload.serverError"))
                                .setForbidden(in.getTranslation("upload.forbidden"))))
                .setUnits(List.of("B", "KB", "MB", "GB", "TB"));
    }
}
