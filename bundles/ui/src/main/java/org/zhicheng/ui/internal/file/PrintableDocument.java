package org.zhicheng.ui.internal.file;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.server.StreamResource;

/**
 * A one-page document (certificate, publicity notice, recommendation opinion, commitment) as standalone HTML that
 * the browser prints or saves as PDF; every value is escaped, the layout follows the notice's annex templates.
 */
final class PrintableDocument {

    private final String title;
    private final List<String> body = new ArrayList<>();

    PrintableDocument(String title) {
        this.title = title;
    }

    PrintableDocument paragraph(String text) {
        body.add("<p>" + escape(text) + "</p>");
        return this;
    }

    /** A labelled value in the document's table. */
    PrintableDocument row(String label, String value) {
        body.add("<tr><th>" + escape(label) + "</th><td>" + escape(value) + "</td></tr>");
        return this;
    }

    PrintableDocument signature(String text) {
        body.add("<p class=\"signature\">" + escape(text) + "</p>");
        return this;
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(title)).append("</title><style>")
                .append("body{font-family:'Noto Serif CJK SC','Songti SC',serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.8}")
                .append("h1{text-align:center;font-size:1.6em;letter-spacing:.2em}")
                .append("table{border-collapse:collapse;width:100%;margin:1em 0}")
                .append("th,td{border:1px solid #333;padding:.4em .6em;text-align:left;vertical-align:top}th{width:9em;background:#f4f4f4}")
                .append(".signature{text-align:right;margin-top:2em}@media print{body{margin:0}}")
                .append("</style></head><body><h1>").append(escape(title)).append("</h1>");
        boolean inTable = false;
        for (String part : body) {
            boolean row = part.startsWith("<tr>");
            if (row && !inTable) {
                html.append("<table>");
            } else if (!row && inTable) {
                html.append("</table>");
            }
            inTable = row;
            html.append(part);
        }
        if (inTable) {
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    StreamResource resource(String fileName) {
        byte[] bytes = html().getBytes(StandardCharsets.UTF_8);
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes));
        resource.setContentType("text/html; charset=UTF-8");
        return resource;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
