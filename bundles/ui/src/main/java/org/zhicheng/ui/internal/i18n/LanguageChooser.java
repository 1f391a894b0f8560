package org.zhicheng.ui.internal.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

/**
 * The header's language choice (issue 19): the two languages the page is not in, each named in itself (中文,
 * ئۇيغۇرچە, English: a reader finds their own language whatever the page's), small enough for a 390 px header.
 * The first button keeps the old toggle's id {@code switch-language} (Chinese to English, back to Chinese from the
 * others), the second is {@code lang-ug} or {@code lang-en}.
 */
public class LanguageChooser extends Span {

    private static final long serialVersionUID = 1L;

    public LanguageChooser(Locale current) {
        setId("language-chooser");
        addClassName("language-chooser");
        // laid out in zhicheng.css: side by side, stacked on a phone
        String language = current == null ? "zh" : current.getLanguage();
        List<Locale> others = new ArrayList<>();
        if ("zh".equals(language)) {
            others.add(ZhichengTranslations.ENGLISH);
        } else {
            others.add(ZhichengTranslations.CHINESE);
        }
        others.add("ug".equals(language) ? ZhichengTranslations.ENGLISH : ZhichengTranslations.UYGHUR);
        for (int i = 0; i < others.size(); i++) {
            Locale target = others.get(i);
            Button button = new Button(nameInItself(target), click -> Languages.choose(UI.getCurrent(), target));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId(i == 0 ? "switch-language" : "lang-" + target.getLanguage());
            button.getElement().setAttribute("lang", target.toLanguageTag());
            add(button);
        }
    }

    /** A language's own name for itself. */
    static String nameInItself(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ug" -> "ئۇيغۇرچە";
            case "en" -> "English";
            default -> "中文";
        };
    }
}
