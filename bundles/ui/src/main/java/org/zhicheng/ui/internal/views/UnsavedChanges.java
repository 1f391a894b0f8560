package org.zhicheng.ui.internal.views;

/**
 * A part of a page that holds typed values not yet saved: tabs and navigation ask before leaving it (see
 * {@link LeaveConfirmation}), so nothing typed is lost silently.
 */
public interface UnsavedChanges {

    boolean hasUnsavedChanges();

    /** Saves everything; false when a value was refused (it is then marked on its field and the user stays). */
    boolean saveAll();

    /** Forgets the unsaved changes (the user chose to leave without saving). */
    void discardChanges();
}
