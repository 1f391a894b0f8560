package org.zhicheng.api.sheet;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.security.Actor;

/**
 * Spreadsheets made and read by core, for the UI and REST alike. Every export shows what the screen of the same data
 * shows the actor (the same checks), with Chinese headers and no cell a spreadsheet program would run as a formula.
 * Imports check the whole file first and store nothing if any row is wrong; an import that stores something is
 * audited once with the file's SHA-256 and row count; importing the same file again changes nothing.
 */
@ProviderType
public interface SheetService {

    /** The actor's review queue as filtered on the review desk (all its pages). */
    SheetFile reviewQueue(ReviewQuery query, SheetFormat format, Actor actor);

    /** The committee's published results of the year, for anybody (actor may be null), as on the results screen. */
    SheetFile committeeResults(String committeeId, int year, SheetFormat format, Actor actor);

    /**
     * The committee's score sheets of the year, for the committee office: one row per sheet and item; the experts are
     * shown as 专家1, 专家2, … per file, never by name or id (blind review, R-17).
     */
    SheetFile scoreSheets(String committeeId, int year, SheetFormat format, Actor actor);

    /** The applicants of a series in an evaluation year, as far as the actor covers them (ID numbers masked). */
    SheetFile roster(String seriesCode, int year, SheetFormat format, Actor actor);

    /** The empty template of an import: its header row, the columns in the order the import reads them. */
    SheetFile template(ImportKind kind, SheetFormat format, Actor actor);

    /** Checks a file without storing anything: what {@link #importSheet} would do. */
    SheetImport check(ImportKind kind, String fileName, byte[] content, Actor actor);

    /** Checks the file and, when every row is right, stores it in one transaction. */
    SheetImport importSheet(ImportKind kind, String fileName, byte[] content, Actor actor);
}
