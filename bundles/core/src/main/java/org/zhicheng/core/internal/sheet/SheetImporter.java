package org.zhicheng.core.internal.sheet;

import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.sheet.ImportKind;

/**
 * One kind of import on the shared pipeline ({@link SheetPipeline}): its template's columns, the check of a row into a
 * value, the key two rows of a file may not share, and how a value compares with what is on record and is stored.
 */
public abstract class SheetImporter<T> {

    public abstract ImportKind kind();

    /**
     * The roles that import: the reviewers who record an applicant's hours and exam results one by one, and the
     * integration; each row's own check then limits them to the applicants they cover.
     */
    public Set<Role> roles() {
        return Set.of(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT, Role.INTEGRATION, Role.SYSTEM);
    }

    public abstract List<Column> columns();

    /** The row's value, or null after reporting what is wrong on {@code cells}. */
    public abstract T parse(RowCells cells, EntityManager em, Actor actor);

    /** Two rows with the same key say the same thing twice: the second is refused as a duplicate. */
    public abstract Object key(T value);

    /** The column a duplicate is reported on. */
    public abstract Column keyColumn();

    /**
     * Whether the value is on record already (the row changes nothing); reports a contradiction with the record on
     * {@code cells} instead (e.g. other hours for the same certificate).
     */
    public abstract boolean onRecord(T value, RowCells cells, EntityManager em);

    /** Stores the value; returns what was recorded (its record type), for callers that list it. */
    public abstract Object store(T value, EntityManager em, Actor actor);
}
