package org.zhicheng.ui.internal.admin;

import org.zhicheng.api.domain.TextLimits;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.api.review.ReviewDesk;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/** The administrator's audit log (R-36): searched by actor and subject, newest first, lazily; and verified. */
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "admin/audit";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Readable subjects of the pages loaded so far ({@code application:1} → 第1号 阿依古丽 工程系列). */
    private final Map<String, String> subjects = new ConcurrentHashMap<>();

    public AuditView(AuditLog audit, ReviewDesk desk) {
        setId("audit-view");
        TextField actor = new TextField(getTranslation("audit.actor"));
        TextField subject = new TextField(getTranslation("audit.subject"));
        actor.setMaxLength(TextLimits.USERNAME);
        subject.setMaxLength(TextLimits.FILE_NAME); // the audit log's subjects are up to 200 characters
        Grid<AuditEntry> entries = new Grid<>();
        entries.setId("audit-entries");
        entries.addColumn(AuditEntry::sequence).setHeader("#").setAutoWidth(true);
        entries.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        entries.addColumn(e -> Labels.platformDate(e.platformDate())).setHeader(getTranslation("history.platformDate"))
                .setAutoWidth(true);
        entries.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        entries.addColumn(e -> actName(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        entries.addColumn(e -> subjects.getOrDefault(e.subject(), e.subject())).setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true);
        entries.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        entries.setItems(query -> {
            List<AuditEntry> page = audit.search(blank(actor.getValue()), null, blank(subject.getValue()), null, null,
                    query.getOffset(), Math.min(query.getLimit(), AuditLog.MAX_PAGE_SIZE), CurrentUser.require());
            // the page's subjects named by core, in one call
            subjects.putAll(desk.subjectLabels(page.stream().map(AuditEntry::subject).distinct().toList(), CurrentUser.require()));
            return page.stream();
        });
        // issue 12: a phone's columns; the subject is left out there too, so that the detail keeps room for its words
        ResponsiveGrid.of(entries).secondary("#", getTranslation("history.platformDate"), getTranslation("audit.subject"));
        entries.setHeight("60vh");
        actor.addValueChangeListener(event -> entries.getDataProvider().refreshAll());
        subject.addValueChangeListener(event -> entries.getDataProvider().refreshAll());
        Paragraph result = new Paragraph();
        result.setId("audit-result");
        Button verify = new Button(getTranslation("audit.verify"), click -> {
            AuditVerification verification = audit.verify(CurrentUser.require());
            result.setText(verification.intact() ? getTranslation("audit.intact", verification.entriesChecked())
                    : getTranslation("audit.broken", verification.firstBrokenSequence(), verification.problem()));
        });
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(actor, subject, verify);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("audit.heading")), filters, result, entries);
    }

    /** The act in words from the bundles (审核通过并公示…); a code the bundles do not know yet is shown as it is. */
    private String actName(String code) {
        String name = getTranslation("audit.act." + code);
        return name.startsWith("!") ? code : name;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading") + " - " + getTranslation("app.title");
    }
}
