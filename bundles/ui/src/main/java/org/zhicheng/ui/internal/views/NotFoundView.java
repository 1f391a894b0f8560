package org.zhicheng.ui.internal.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import javax.servlet.http.HttpServletResponse;

/** A page that does not exist, e.g. the screen of a series plugin that was removed. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found-view");
        add(new H2(getTranslation("notFound.heading")));
        add(new Paragraph(getTranslation("notFound.text", event.getLocation().getPath())));
        add(new Anchor(".", getTranslation("nav.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
