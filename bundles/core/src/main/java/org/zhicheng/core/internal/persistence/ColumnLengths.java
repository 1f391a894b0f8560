package org.zhicheng.core.internal.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.Column;
import javax.persistence.Lob;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;

import org.zhicheng.api.domain.TextLimits;

/**
 * The last guard against a text longer than its column (issue 15 item 1): a default entity listener (META-INF/orm.xml)
 * that, before any insert or update, refuses a string field longer than its {@code @Column(length)} with
 * {@code INVALID_INPUT.tooLong} naming the field, where Derby would fail with a truncation error (a 500). Services check
 * the fields people type first, with their labels ({@link TextLimits.Field}); this catches whatever path they missed.
 */
public class ColumnLengths {

    private record Limited(Field field, int max) {
    }

    private static final Map<Class<?>, List<Limited>> LIMITS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        for (Limited limited : LIMITS.computeIfAbsent(entity.getClass(), ColumnLengths::limits)) {
            Object value;
            try {
                value = limited.field().get(entity);
            } catch (IllegalAccessException e) {
                continue; // made accessible in limits(); nothing else to check
            }
            if (value instanceof String text && text.length() > limited.max()) {
                String name = limited.field().getName();
                TextLimits.Field known = TextLimits.Field.of(name).orElse(null);
                TextLimits.check(name, known == null ? "字段" + name : known.chinese(), name, limited.max(), text);
            }
        }
    }

    private static List<Limited> limits(Class<?> type) {
        List<Limited> limits = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column != null && field.getType() == String.class && !Modifier.isStatic(field.getModifiers())
                        && !field.isAnnotationPresent(Lob.class) && column.columnDefinition().isEmpty()) {
                    field.setAccessible(true);
                    limits.add(new Limited(field, column.length()));
                }
            }
        }
        return List.copyOf(limits);
    }
}
