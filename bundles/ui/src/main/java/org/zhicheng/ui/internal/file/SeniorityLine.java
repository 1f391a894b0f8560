package org.zhicheng.ui.internal.file;

import org.zhicheng.api.career.Seniority;

import com.vaadin.flow.component.html.Paragraph;

/** a file's seniority as one line, counted to the evaluation year's cutoff; the same for every reader. */
public final class SeniorityLine {

    private SeniorityLine() {
    }

    public static Paragraph of(Seniority seniority, String id) {
        Paragraph line = new Paragraph();
        line.setText(line.getTranslation("career.seniority", seniority.cutoff().toString(), seniority.yearsOfWork(),
                seniority.yearsInAppointment()));
        line.setId(id);
        return line;
    }
}
