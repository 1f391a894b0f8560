package org.zhicheng.ui.internal.file;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A channel B file's entrustment letter: recorded (issuer and number) or still missing, which holds the file
 * from being accepted; with the reviewing bureau's button to record it while that still matters.
 */
public class EntrustmentLetterPanel extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    /** Until the material is received: afterwards the letter has done its work. */
    private static final Set<ApplicationStatus> RECORDABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.RETURNED, ApplicationStatus.IN_PUBLICITY, ApplicationStatus.RECOMMENDED);

    /**
     * @param recorded after the bureau recorded the letter, with the file as it is now; {@code null} for those who
     *                 only read it (the applicant). Core lets the county bureau, the series department and
     *                 integrations record it.
     */
    public EntrustmentLetterPanel(ApplicationService applications, Application file, Actor actor,
                                  Consumer<Application> recorded) {
        setId("entrustment-panel");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        Optional<EntrustmentLetter> letter = applications.entrustmentLetter(file.id(), actor);
        Paragraph state = new Paragraph(letter.map(l -> getTranslation("entrustment.recorded", l.issuedBy(), l.letterNumber()))
                .orElseGet(() -> getTranslation("entrustment.missing")));
        state.setId("entrustment-state");
        add(state);
        if (recorded != null && RECORDABLE.contains(file.status())) {
            Button record = new Button(getTranslation("entrustment.open"),
                    click -> new EntrustmentLetterDialog(applications, file, letter, actor, recorded).open());
            record.setId("entrustment-open");
            add(record);
        }
    }
}
