package org.zhicheng.ui.internal.views;

import com.vaadin.flow.component.Component;

/**
 * A part of a page that only shows text (a menu of links, a row of step chips) sent as one element's inner HTML:
 * the browser draws the same elements, but the server keeps one node for the part instead of one per element and
 * per text (issue 16: about 1 KB of heap a node, for every open page). Only for parts without server-side listeners
 * or state; the text is escaped here, so translations and plugin labels cannot add markup. Styled in zhicheng.css.
 */
public final class StaticMarkup {

    private final StringBuilder html = new StringBuilder();

    /** Opens {@code <tag name="value" …>}; a null value leaves its attribute out, an empty one is a bare attribute. */
    public StaticMarkup open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(attributes[i]);
                if (!attributes[i + 1].isEmpty()) {
                    html.append("=\"").append(escape(attributes[i + 1])).append('"');
                }
            }
        }
        html.append('>');
        return this;
    }

    public StaticMarkup text(String text) {
        html.append(escape(text));
        return this;
    }

    public StaticMarkup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** Replaces what {@code into} shows with this markup. */
    public void show(Component into) {
        into.getElement().setProperty("innerHTML", toString());
    }

    /** The markup so far. */
    @Override
    public String toString() {
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
