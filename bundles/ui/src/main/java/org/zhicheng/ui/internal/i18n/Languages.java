package org.zhicheng.ui.internal.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javax.servlet.http.Cookie;

import org.zhicheng.ui.internal.session.LeftPages;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;

/**
 * The user's language (issue 19): chosen in the header, remembered in a cookie for a year (so a visitor keeps it
 * before logging in, and on a shared computer nothing about the account is stored), and the page's direction and
 * {@code lang} follow it: Uyghur runs right to left.
 */
public final class Languages {

    /** The cookie holding the chosen language code (zh, ug or en). */
    public static final String COOKIE = "zhicheng-language";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private Languages() {
    }

    /** The language remembered in the request's cookie, if any. */
    public static Optional<Locale> remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                        .map(cookie -> ZhichengTranslations.forLanguage(cookie.getValue()));
    }

    /** Switches the session to the language, remembers it and reloads the page in it. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setMaxAge(ONE_YEAR);
            String context = request == null ? "" : request.getContextPath();
            cookie.setPath(context == null || context.isEmpty() ? "/" : context);
            response.addCookie(cookie);
        }
        LeftPages.reload(ui);
    }

    /** The page's direction and language attribute for the UI's locale. */
    public static void applyTo(UI ui) {
        Locale locale = ui.getSession() != null ? ui.getSession().getLocale() : ui.getLocale();
        ui.setDirection(ZhichengTranslations.rightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)",
                locale == null ? "zh-CN" : locale.toLanguageTag());
    }
}
