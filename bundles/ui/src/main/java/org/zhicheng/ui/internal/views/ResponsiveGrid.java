package org.zhicheng.ui.internal.views;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * A grid that fits a phone (issue 12): below {@link PhoneWidth#BREAKPOINT} its lead columns (status, the row's action)
 * come first at their own width, its secondary columns are hidden, columns of buttons keep their width, and the others
 * share what is left, their text wrapped, so that nothing scrolls sideways. On a wider window the grid is as the view
 * built it.
 */
public final class ResponsiveGrid<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Narrowest a shared column gets on a phone: about three Chinese characters. */
    private static final String PHONE_MIN_WIDTH = "3.5em";

    private final Grid<T> grid;
    private final Set<Column<T>> lead = new LinkedHashSet<>();
    private final Set<Column<T>> secondary = new LinkedHashSet<>();
    private final Set<String> secondaryHeaders = new LinkedHashSet<>();
    private final Set<Column<T>> whole = new LinkedHashSet<>();
    /** The view's own settings, kept while the phone's are shown. */
    private final Map<Column<T>, Desktop> desktop = new IdentityHashMap<>();
    private List<Column<T>> desktopOrder;
    private boolean phone;

    private ResponsiveGrid(Grid<T> grid) {
        this.grid = grid;
        PhoneWidth.follow(grid, this::apply);
    }

    /** The grid's responsive settings, created the first time; every grid given here fits a phone. */
    @SuppressWarnings("unchecked")
    public static <T> ResponsiveGrid<T> of(Grid<T> grid) {
        ResponsiveGrid<T> responsive = ComponentUtil.getData(grid, ResponsiveGrid.class);
        if (responsive == null) {
            responsive = new ResponsiveGrid<>(grid);
            ComponentUtil.setData(grid, ResponsiveGrid.class, responsive);
        }
        return responsive;
    }

    /**
     * Makes every grid in this component and below fit a phone; the main layout calls it for each page, the tabs for
     * each part they build. Grids a view adds later (after a choice) are given to {@link #of} by the view.
     */
    public static void fitAll(Component root) {
        if (root instanceof Grid<?> grid) {
            of(grid);
        }
        root.getChildren().forEach(ResponsiveGrid::fitAll);
    }

    /** Columns shown first on a phone, in this order, at their own width: the row's status and its action. */
    @SafeVarargs
    public final ResponsiveGrid<T> lead(Column<T>... columns) {
        lead.addAll(Arrays.asList(columns));
        reapply();
        return this;
    }

    /** Columns a phone leaves out: what the row's other columns or its details already say. */
    @SafeVarargs
    public final ResponsiveGrid<T> secondary(Column<T>... columns) {
        secondary.addAll(Arrays.asList(columns));
        reapply();
        return this;
    }

    /** Columns kept whole on a phone, in their place: a telephone number or a date must not break. */
    @SafeVarargs
    public final ResponsiveGrid<T> whole(Column<T>... columns) {
        whole.addAll(Arrays.asList(columns));
        reapply();
        return this;
    }

    /** The same, for columns named by their header text: a line a view adds without holding its columns. */
    public ResponsiveGrid<T> secondary(String... headers) {
        secondaryHeaders.addAll(Arrays.asList(headers));
        reapply();
        return this;
    }

    private boolean isSecondary(Column<T> column) {
        return secondary.contains(column) || secondaryHeaders.contains(column.getHeaderText());
    }

    /** A column of components (buttons, badges) keeps its own width: a button does not wrap. */
    private boolean keepsWidth(Column<T> column) {
        return lead.contains(column) || whole.contains(column) || column.getRenderer() instanceof ComponentRenderer;
    }

    private void reapply() {
        if (phone) {
            apply(false);
            apply(true);
        }
    }

    private void apply(boolean narrow) {
        if (narrow == phone) {
            return;
        }
        phone = narrow;
        if (narrow) {
            desktopOrder = grid.getColumns();
            List<Column<T>> order = new ArrayList<>();
            lead.stream().filter(desktopOrder::contains).forEach(order::add);
            desktopOrder.stream().filter(column -> !lead.contains(column)).forEach(order::add);
            for (Column<T> column : order) {
                desktop.put(column, new Desktop(column.isVisible(), column.isAutoWidth(), column.getWidth(), column.getFlexGrow()));
                if (isSecondary(column)) {
                    column.setVisible(false);
                } else if (keepsWidth(column)) {
                    column.setFlexGrow(0);
                } else {
                    column.setAutoWidth(false);
                    column.setWidth(PHONE_MIN_WIDTH);
                    column.setFlexGrow(1);
                }
            }
            grid.setColumnOrder(order);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.recalculateColumnWidths();
        } else {
            desktop.forEach((column, settings) -> settings.restore(column));
            desktop.clear();
            List<Column<T>> now = grid.getColumns();
            List<Column<T>> order = new ArrayList<>(desktopOrder.stream().filter(now::contains).toList());
            now.stream().filter(column -> !order.contains(column)).forEach(order::add);
            grid.setColumnOrder(order);
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.recalculateColumnWidths();
        }
    }

    private record Desktop(boolean visible, boolean autoWidth, String width, int flexGrow) implements Serializable {
        void restore(Column<?> column) {
            column.setVisible(visible);
            if (width == null) {
                column.getElement().removeProperty("width");
            } else {
                column.setWidth(width);
            }
            column.setFlexGrow(flexGrow);
            column.setAutoWidth(autoWidth);
        }
    }
}
