package org.zhicheng.ui.internal.applicant;

import java.util.List;
import java.util.function.Consumer;

import org.zhicheng.api.progress.Deadline;
import org.zhicheng.api.progress.FilePart;
import org.zhicheng.api.progress.FileProgress;
import org.zhicheng.api.progress.FileStep;
import org.zhicheng.api.progress.MissingItem;
import org.zhicheng.api.progress.NextActor;
import org.zhicheng.api.progress.PartCompletion;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The top of the applicant's file as core computes it (ProgressService): a returned file's red banner with the reason
 * and the last day to resubmit, the eight steps with the current one, who acts next and the next deadline with
 * the days left, how complete each tab is, and what is still missing, each item a link to its tab and field.
 */
class FileDashboard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** @param goTo opens the tab (and field) of a missing item or of a part */
    FileDashboard(FileProgress progress, int maxSubmissions, Consumer<MissingItem> goTo) {
        setId("file-dashboard");
        setPadding(false);
        setSpacing(false);
        if (progress.returnReason() != null || progress.resubmitBy() != null) {
            add(returnedBanner(progress, maxSubmissions));
        }
        add(stepBar(progress));
        Paragraph next = new Paragraph(nextLine(progress));
        next.setId("file-next");
        next.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-s) 0 0 0");
        add(next);
        progress.nextDeadline().ifPresent(deadline -> {
            Paragraph when = new Paragraph(getTranslation("progress.deadline." + deadline.kind().name(), deadline.date())
                    + daysLeft(deadline));
            when.setId("file-deadline");
            when.getStyle().set("margin", "0");
            if (deadline.daysLeft() <= 2) {
                when.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            add(when);
        });
        if (!progress.closed() && progress.step() == FileStep.FILING) {
            add(completion(progress, goTo), missing(progress, goTo));
        }
    }

    private Component returnedBanner(FileProgress progress, int maxSubmissions) {
        Div banner = new Div();
        banner.setId("returned-banner");
        banner.setWidthFull();
        banner.getStyle().set("background", "var(--lumo-error-color-10pct)").set("border-left", "4px solid var(--lumo-error-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("color", "var(--lumo-error-text-color)").set("margin-bottom", "var(--lumo-space-s)");
        Paragraph heading = new Paragraph(getTranslation("progress.returned.heading"));
        heading.getStyle().set("font-weight", "700").set("margin", "0");
        banner.add(heading);
        if (progress.returnReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("progress.returned.reason", progress.returnReason()));
            reason.setId("returned-reason");
            reason.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
            banner.add(reason);
        }
        if (progress.resubmitBy() != null) {
            long left = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(progress.today(), progress.resubmitBy()));
            Paragraph deadline = new Paragraph(getTranslation("progress.returned.deadline", progress.resubmitBy(), left,
                    progress.submissionsLeft(), maxSubmissions));
            deadline.setId("returned-deadline");
            deadline.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
            banner.add(deadline);
        }
        return banner;
    }

    /** The eight steps as a wrapping row of numbered chips, the current one highlighted; fits a phone's width. */
    private Component stepBar(FileProgress progress) {
        OrderedList bar = new OrderedList();
        bar.setId("file-steps");
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("list-style", "none").set("padding", "0").set("margin", "0");
        for (FileStep step : FileStep.values()) {
            ListItem item = new ListItem((step.ordinal() + 1) + " " + getTranslation("progress.step." + step.name()));
            boolean current = step == progress.step();
            boolean done = step.ordinal() < progress.step().ordinal() || progress.closed() && current;
            item.getStyle().set("padding", "2px 8px").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("background", current ? "var(--lumo-primary-color)" : done ? "var(--lumo-success-color-10pct)"
                            : "var(--lumo-contrast-5pct)")
                    .set("color", current ? "var(--lumo-primary-contrast-color)" : "var(--lumo-body-text-color)");
            if (current) {
                item.setId("file-step-current");
                item.getElement().setAttribute("aria-current", "step");
            }
            bar.add(item);
        }
        return bar;
    }

    private String nextLine(FileProgress progress) {
        NextActor next = progress.next();
        return getTranslation("progress.next." + next.kind().name(), next.name());
    }

    private String daysLeft(Deadline deadline) {
        long days = deadline.daysLeft();
        return days > 0 ? getTranslation("progress.daysLeft", days)
                : days == 0 ? getTranslation("progress.dueToday") : getTranslation("progress.overdue", -days);
    }

    /** One chip per tab: 申报内容 12/14, 附件材料 1/2, …; a click opens the tab. */
    private Component completion(FileProgress progress, Consumer<MissingItem> goTo) {
        Div parts = new Div();
        parts.setId("file-completion");
        parts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-s)");
        for (PartCompletion part : progress.completion()) {
            Button chip = new Button(getTranslation("progress.part." + part.part().name()) + " " + part.done() + "/" + part.total(),
                    click -> goTo.accept(new MissingItem(part.part(), null, null, "", false)));
            chip.setId("completion-" + part.part().name().toLowerCase());
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, part.complete() ? ButtonVariant.LUMO_SUCCESS
                    : part.part() == FilePart.EDUCATION ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
            parts.add(chip);
        }
        return parts;
    }

    private Component missing(FileProgress progress, Consumer<MissingItem> goTo) {
        Div box = new Div();
        box.setId("file-todo");
        box.setWidthFull();
        List<MissingItem> blocking = progress.blocking();
        if (blocking.isEmpty()) {
            Paragraph complete = new Paragraph(getTranslation("progress.complete"));
            complete.getStyle().set("color", "var(--lumo-success-text-color)");
            box.add(complete);
            return box;
        }
        box.add(new Paragraph(getTranslation("progress.missing")));
        box.add(MissingList.of(blocking, goTo, box));
        return box;
    }

    /** The missing items as links to their tab and field; shared by the dashboard and the incomplete-submit dialog. */
    static final class MissingList {

        private MissingList() {
        }

        static UnorderedList of(List<MissingItem> items, Consumer<MissingItem> goTo, Component in) {
            UnorderedList list = new UnorderedList();
            list.setId("missing-items");
            list.getStyle().set("margin-top", "0");
            for (MissingItem item : items) {
                // a native button wraps its long text on a phone; vaadin-button keeps one line and runs off the screen
                NativeButton link = new NativeButton(in.getTranslation("progress.part." + item.part().name()) + "：" + item.text(),
                        click -> goTo.accept(item));
                link.addClassName("missing-item-link");
                link.getStyle().set("white-space", "normal").set("text-align", "left").set("background", "none")
                        .set("border", "none").set("padding", "0").set("cursor", "pointer").set("font", "inherit")
                        .set("color", "var(--lumo-primary-text-color)").set("max-width", "100%");
                link.getElement().setAttribute("data-part", item.part().name());
                if (!item.fieldId().isEmpty()) {
                    link.getElement().setAttribute("data-field", item.sectionId() + "-" + item.fieldId());
                }
                list.add(new ListItem(link));
            }
            return list;
        }
    }
}
