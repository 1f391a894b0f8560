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
import org.zhicheng.api.series.Series;
import org.zhicheng.ui.internal.i18n.SeriesLabels;
import org.zhicheng.ui.internal.views.StaticMarkup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The top of the applicant's file as core computes it (ProgressService): a returned file's red banner with the reason
 * and the last day to resubmit, the eight steps with the current one, who acts next and the next deadline with
 * the days left, how complete each tab is, and what is still missing, each item a link to its tab and field.
 */
class FileDashboard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Series series;

    /** @param goTo opens the tab (and field) of a missing item or of a part */
    FileDashboard(FileProgress progress, int maxSubmissions, Consumer<MissingItem> goTo, Series series) {
        this.series = series;
        setId("file-dashboard");
        setPadding(false);
        setSpacing(false);
        if (progress.returnReason() != null || progress.resubmitBy() != null) {
            add(returnedBanner(progress, maxSubmissions));
        }
        // the steps, who acts next and the deadline: text only, so one server node (issue 16), styled by zhicheng.css
        StaticMarkup where = stepBar(progress).open("p", "id", "file-next").text(nextLine(progress)).close("p");
        progress.nextDeadline().ifPresent(deadline -> where.open("p", "id", "file-deadline", "class",
                        deadline.daysLeft() <= 2 ? "due" : null) // red
                .text(getTranslation("progress.deadline." + deadline.kind().name(), deadline.date()) + daysLeft(deadline))
                .close("p"));
        Div progressLines = new Div();
        progressLines.setId("file-progress");
        where.show(progressLines);
        add(progressLines);
        if (!progress.closed() && progress.step() == FileStep.FILING) {
            add(completion(progress, goTo), missing(progress, goTo));
        }
    }

    private Component returnedBanner(FileProgress progress, int maxSubmissions) {
        Div banner = new Div();
        banner.setId("returned-banner");
        // red, with a bar on the left: zhicheng.css's #returned-banner (not a style map on the server a page: issue 16)
        Paragraph heading = new Paragraph(getTranslation("progress.returned.heading"));
        banner.add(heading);
        if (progress.returnReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("progress.returned.reason", progress.returnReason()));
            reason.setId("returned-reason");
            banner.add(reason);
        }
        if (progress.resubmitBy() != null) {
            long left = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(progress.today(), progress.resubmitBy()));
            Paragraph deadline = new Paragraph(getTranslation("progress.returned.deadline", progress.resubmitBy(), left,
                    progress.submissionsLeft(), maxSubmissions));
            deadline.setId("returned-deadline");
            banner.add(deadline);
        }
        return banner;
    }

    /** The eight steps as a wrapping row of numbered chips, the current one highlighted; fits a phone's width. */
    private StaticMarkup stepBar(FileProgress progress) {
        StaticMarkup steps = new StaticMarkup().open("ol", "id", "file-steps");
        for (FileStep step : FileStep.values()) {
            boolean current = step == progress.step();
            boolean done = step.ordinal() < progress.step().ordinal() || progress.closed() && current;
            steps.open("li", "id", current ? "file-step-current" : null, "aria-current", current ? "step" : null,
                    "class", done ? "done" : null)
                    .text((step.ordinal() + 1) + " " + getTranslation("progress.step." + step.name())).close("li");
        }
        return steps.close("ol");
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
            complete.addClassName("complete");
            box.add(complete);
            return box;
        }
        box.add(new Paragraph(getTranslation("progress.missing")));
        box.add(MissingList.of(blocking, goTo, box, series));
        return box;
    }

    /** The missing items as links to their tab and field; shared by the dashboard and the incomplete-submit dialog. */
    static final class MissingList {

        private MissingList() {
        }

        /** {@code series}: the file's, whose labels (and core's common ones) put the items in the UI's language. */
        static UnorderedList of(List<MissingItem> items, Consumer<MissingItem> goTo, Component in, Series series) {
            UnorderedList list = new UnorderedList();
            list.setId("missing-items");
            for (MissingItem item : items) {
                // a native button wraps its long text on a phone; vaadin-button keeps one line and runs off the screen
                NativeButton link = new NativeButton(in.getTranslation("progress.part." + item.part().name()) + SeriesLabels.colon()
                        + SeriesLabels.missing(series, item.text()),
                        click -> goTo.accept(item));
                link.addClassName("missing-item-link");
                // drawn as a link by zhicheng.css's .missing-item-link
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
