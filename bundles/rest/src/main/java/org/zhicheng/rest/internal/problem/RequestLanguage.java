package org.zhicheng.rest.internal.problem;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

/**
 * The language a request asks its answer in ({@code Accept-Language}, by preference): the first of the platform's
 * three (zh, en, ug); Chinese when it names none of them, or outside a request.
 */
public final class RequestLanguage {

    private static final List<String> SPOKEN = List.of("zh", "en", "ug");

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        try {
            if (headers != null) {
                for (Locale asked : headers.getAcceptableLanguages()) {
                    if (SPOKEN.contains(asked.getLanguage())) {
                        return asked;
                    }
                }
            }
        } catch (RuntimeException noRequest) {
            // the injected proxy outside a request, or a header the runtime cannot parse: the platform's language
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean uyghur(Locale language) {
        return language != null && "ug".equals(language.getLanguage());
    }
}
