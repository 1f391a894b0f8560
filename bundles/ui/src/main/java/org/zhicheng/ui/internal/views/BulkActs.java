package org.zhicheng.ui.internal.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.bulk.FileRef;
import org.zhicheng.api.domain.Application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;

/**
 * Bulk office acts on a grid (issue 16): the grid ticks several files (a row's click still opens the file), and a
 * button "批量…" does one act for all ticked files, after a confirmation that says how many and what happens, and that
 * it cannot be undone; core does all or nothing, and its refusal (naming the file) is shown as it says it.
 * Ids: {@code <id>} the button, {@code <id>-dialog}, {@code -consequence}, {@code -confirm} (see {@link ActDialog}).
 */
public final class BulkActs {

    private BulkActs() {
    }

    /** The grid ticks rows; a click on a row opens it (as the single selection did). */
    public static <T> void multiSelect(Grid<T> grid, Consumer<T> open) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addItemClickListener(click -> open.accept(click.getItem()));
    }

    /**
     * A button for one bulk act, enabled while the ticked files all may take it.
     *
     * @param key     the texts: {@code <key>} the button ({0} the count), {@code <key>.title}, {@code <key>.consequence}
     *                ({0} the count) and {@code <key>.done} ({0} the count done)
     * @param applies whether a file is one the act is for (its status), so that a mixed selection is said, not sent
     * @param act     the bulk act on the ticked files; answers how many it did
     * @param after   what the screen does once it is done (reload the grid)
     */
    public static <T> Button button(String id, String key, Grid<T> grid, Function<T, Application> file,
                                    Predicate<Application> applies, Function<List<FileRef>, Integer> act, Runnable after) {
        Button button = new Button();
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Supplier<List<Application>> ticked = () -> grid.getSelectedItems().stream().map(file).toList();
        Runnable update = () -> {
            List<Application> files = ticked.get();
            button.setText(button.getTranslation(key, files.size()));
            button.setEnabled(!files.isEmpty() && files.size() <= BulkOfficeActs.MAX_FILES && files.stream().allMatch(applies));
        };
        grid.addSelectionListener(selection -> update.run());
        update.run();
        button.addClickListener(click -> {
            List<Application> files = ticked.get();
            List<FileRef> refs = files.stream().map(f -> new FileRef(f.id(), f.version())).toList();
            new ActDialog(id, button.getTranslation(key + ".title"), button.getTranslation(key + ".consequence",
                    files.size()), null, true, text -> Notices.outcome(() -> act.apply(refs)).map(done -> {
                        Notices.info(button.getTranslation(key + ".done", done));
                        grid.deselectAll();
                        after.run();
                        return true;
                    }).orElse(false)).open();
        });
        return button;
    }
}
