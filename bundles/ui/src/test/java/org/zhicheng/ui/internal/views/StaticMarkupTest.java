package org.zhicheng.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;

/** StaticMarkup sends text as markup: what a translation or a plugin's label holds must stay text. */
class StaticMarkupTest {

    @Test
    void escapesTextAndAttributeValuesAndLeavesOutNullAttributes() {
        String html = new StaticMarkup().open("a", "href", "x\"><script>", "aria-current", null, "router-link", "")
                .text("<b>R&D</b>").close("a").toString();
        assertEquals("<a href=\"x&quot;&gt;&lt;script&gt;\" router-link>&lt;b&gt;R&amp;D&lt;/b&gt;</a>", html);
    }

    @Test
    void showsTheMarkupAsTheElementsInnerHtml() {
        Div into = new Div();
        new StaticMarkup().open("li", "class", "done").text("1 填报").close("li").show(into);
        assertEquals("<li class=\"done\">1 填报</li>", into.getElement().getProperty("innerHTML"));
        assertEquals(0, into.getElement().getChildCount()); // one server-side node: no child elements, no text nodes
    }
}
