package org.zhicheng.rest.internal.resources;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;

import javax.ws.rs.core.Response;

import org.zhicheng.api.document.Document;
import org.zhicheng.api.document.DocumentLanguage;
import org.zhicheng.api.service.Refusal;

/** A document made by core as a download (issue 18): its media type, and its file name for the browser to save. */
final class Pdfs {

    static final String TAG = "documents";
    static final String TAG_DESCRIPTION = "文书 PDF / documents as PDF: certificate, annexes, committee lists, minutes (issue 18)";

    private Pdfs() {
    }

    /** The {@code lang} query parameter's description, for the OpenAPI document. */
    static final String LANG = "zh（默认，中文）或 zh-ug（汉维双语版，issue 19）";

    /** The {@code lang} query parameter: absent means Chinese; an unknown value is a 400, never a guess. */
    static DocumentLanguage language(String lang) {
        if (lang == null || lang.isBlank()) {
            return DocumentLanguage.CHINESE;
        }
        return DocumentLanguage.ofTag(lang).orElseThrow(() -> Refusal.INVALID_INPUT.refuseOn("lang",
                "文书语言须为 zh 或 zh-ug：" + (lang.length() > 20 ? lang.substring(0, 20) + "…" : lang)));
    }

    static Response download(Document document) {
        String name = document.fileName();
        return Response.ok(document.bytes(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
