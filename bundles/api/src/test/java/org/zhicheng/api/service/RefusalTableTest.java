package org.zhicheng.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/refusals.md} is the catalogue as it is: regenerate it with {@code -Dzhicheng.writeDocs=true} after
 * changing {@link Refusal} or its texts, and commit it.
 */
class RefusalTableTest {

    private static final Path DOC = Path.of("../../docs/refusals.md");

    @Test
    void committedTableIsTheCatalogues() throws IOException {
        String generated = markdown();
        if (Boolean.getBoolean("zhicheng.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "",
                "docs/refusals.md differs from api's Refusal catalogue: run RefusalTableTest with -Dzhicheng.writeDocs=true");
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Refusals\n\n")
                .append("Every refusal the platform gives: its stable code (the problem's `code` over REST, ")
                .append("`ZhichengException.code()` in Java), the HTTP status the REST API answers it with, and its texts. ")
                .append("Generated from the catalogue, `org.zhicheng.api.service.Refusal` and its ")
                .append("`refusals.properties` (Chinese, the default; the REST problem's `detail` and the UI) and ")
                .append("`refusals_en.properties` (English; the problem's `title`, and the UI in English); kept true by ")
                .append("api's `RefusalTableTest` (regenerate with `-Dzhicheng.writeDocs=true`).\n\n")
                .append("`{0}`, `{1}`, ... are filled in by the refusal (a name, a date, a status in words). A code with ")
                .append("several rows is worded for several situations (`CODE.variant`). `INVALID_INPUT` with `{0}` / `{1}` ")
                .append("names the wrong input as the check found it. `SERIES_VETO` stands for the codes of series ")
                .append("plugins' vetoes (R-03), e.g. `SENIOR_ECONOMICS_EXAM_REQUIRED`, with the plugin's own texts.\n\n")
                .append("Statuses: 400 the request itself is wrong; 403 the act or the file is not the caller's; 404 what ")
                .append("the request names does not exist; 409 the request conflicts with the current state (of the file, ")
                .append("the applicant's year, the series, the calendar); 422 a well-formed request that the rules refuse.\n\n")
                .append("| Code | Status | Text | 中文 | English |\n")
                .append("|---|---|---|---|---|\n");
        for (Refusal refusal : Refusal.values()) {
            for (String key : refusal.keys()) {
                String variant = key.equals(refusal.code()) ? "" : "`" + key.substring(refusal.code().length() + 1) + "`";
                md.append("| `").append(refusal.code()).append("` | ").append(refusal.status()).append(" | ").append(variant)
                        .append(" | ").append(cell(Refusal.pattern(key, Locale.SIMPLIFIED_CHINESE).orElseThrow()))
                        .append(" | ").append(cell(Refusal.pattern(key, Locale.ENGLISH).orElseThrow())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** The pattern as a reader sees it: MessageFormat's doubled quotes and quoted braces undone, pipes escaped. */
    private static String cell(String pattern) {
        return pattern.replace("'{'", "{").replace("'}'", "}").replace("''", "'").replace("|", "\\|")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
