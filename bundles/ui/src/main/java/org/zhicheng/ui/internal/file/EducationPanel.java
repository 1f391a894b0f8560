package org.zhicheng.ui.internal.file;

import org.zhicheng.api.domain.TextLimits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.education.EducationCheck;
import org.zhicheng.api.education.EducationExemption;
import org.zhicheng.api.education.EducationRecord;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.StaticMarkup;

import com.vaadin.flow.component.HasValidation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Continuing education: the hours on record, the file's check against its series' rule with what
 * is missing year by year and the years exempted by an approved Annex 4 form, and, for the applicant, certificates of
 * the years before the platform kept records; for the reviewing bureau, the exemption form's recording.
 */
public class EducationPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ContinuingEducationService education;
    private final long applicantId;
    private final long applicationId;
    private final transient Actor actor;
    private final Grid<EducationRecord> records = new Grid<>();
    private final Div check = new Div();
    private Button exemption;
    private List<Integer> openYears = List.of();

    public EducationPanel(ContinuingEducationService education, long applicantId, long applicationId, int evaluationYear,
                          Actor actor, boolean editable) {
        this.education = education;
        this.applicantId = applicantId;
        this.applicationId = applicationId;
        this.actor = actor;
        setId("education-panel");
        setPadding(false);
        check.setId("education-check");
        records.setId("education-records");
        records.addColumn(EducationRecord::year).setHeader(getTranslation("education.year")).setAutoWidth(true);
        records.addColumn(r -> getTranslation("education.kind." + r.kind().name())).setHeader(getTranslation("education.kind"))
                .setAutoWidth(true);
        records.addColumn(EducationRecord::hours).setHeader(getTranslation("education.hours")).setAutoWidth(true);
        records.addColumn(r -> getTranslation("education.source." + r.source().name())).setHeader(getTranslation("education.source"))
                .setAutoWidth(true);
        records.addColumn(EducationRecord::reference).setHeader(getTranslation("education.reference")).setFlexGrow(1);
        records.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("education.rules")), check, records);
        if (editable) {
            add(uploadedCertificateForm(evaluationYear));
        }
        refresh();
    }

    private VerticalLayout uploadedCertificateForm(int evaluationYear) {
        IntegerField year = new IntegerField(getTranslation("education.year"));
        year.setId("education-year");
        year.setValue(evaluationYear - 3);
        year.setStepButtonsVisible(true);
        ComboBox<EducationRecord.Kind> kind = new ComboBox<>(getTranslation("education.kind"));
        kind.setId("education-kind");
        kind.setItems(EducationRecord.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("education.kind." + k.name()));
        IntegerField hours = new IntegerField(getTranslation("education.hours"));
        hours.setId("education-hours");
        TextField reference = new TextField(getTranslation("education.certificateNumber"));
        reference.setMaxLength(TextLimits.REFERENCE);
        reference.setId("education-reference");
        Button add = new Button(getTranslation("education.add"), click -> {
            // each empty field is marked where it is, not in a toast
            FieldErrors.clear(year, kind, hours);
            boolean complete = true;
            java.util.Map<HasValidation, Boolean> fields = java.util.Map.of(year, year.isEmpty(), kind, kind.isEmpty(),
                    hours, hours.isEmpty());
            for (java.util.Map.Entry<HasValidation, Boolean> field : fields.entrySet()) {
                if (field.getValue()) {
                    FieldErrors.mark(field.getKey(), getTranslation("education.incomplete"));
                    complete = false;
                }
            }
            if (!complete) {
                return;
            }
            if (FieldErrors.attempt(() -> education.record(new EducationRecord(applicantId, year.getValue(), kind.getValue(),
                    hours.getValue(), EducationRecord.Source.UPLOADED, reference.getValue()), actor),
                    java.util.Map.of("reference", reference))) {
                Notices.info(getTranslation("education.added"));
                hours.clear();
                reference.clear();
                refresh();
            }
        });
        add.setId("education-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(year, kind, hours, reference);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("education.addHeading")),
                new Paragraph(getTranslation("education.uploadedOnly")), form, add);
        section.setPadding(false);
        return section;
    }

    /**
     * Offers the reviewing bureau the exemption form (Annex 4) for the checked years not yet exempt; only for the
     * roles core lets record it (county bureau, series department, integration: ).
     */
    public EducationPanel withExemptionForm() {
        exemption = new Button(getTranslation("exemption.open"),
                click -> new ExemptionDialog(education, applicantId, openYears, actor, this::refresh).open());
        exemption.setId("exemption-open");
        exemption.setVisible(!openYears.isEmpty());
        addComponentAtIndex(indexOf(check) + 1, exemption);
        return this;
    }

    private void refresh() {
        records.setItems(education.records(applicantId, actor));
        EducationCheck result = education.check(applicationId, actor);
        List<EducationExemption> exemptions = education.exemptions(applicantId, actor);
        // the applicant cannot upload the years the platform records; their shortfall is explained, not red
        boolean applicant = actor.role() == Role.APPLICANT;
        // text only: the verdict and its lists as markup, one server node (issue 16); colours in zhicheng.css
        StaticMarkup lines = new StaticMarkup().open("p", "id", "education-verdict", "class", result.satisfied() ? "satisfied"
                        : applicant ? null : "short")
                .text(result.satisfied() ? getTranslation("education.satisfied")
                        : getTranslation(applicant ? "education.toCheck" : "education.notSatisfied")).close("p");
        if (applicant && !result.satisfied()) {
            lines.open("p", "id", "education-platform-years").text(getTranslation("education.platformYears")).close("p");
        }
        if (!result.shortfalls().isEmpty()) {
            lines.open("ul");
            result.shortfalls().forEach(text -> lines.open("li").text(shortfall(text)).close("li"));
            lines.close("ul");
        }
        if (!exemptions.isEmpty()) {
            lines.open("ul", "id", "education-exemptions");
            exemptions.forEach(e -> lines.open("li").text(getTranslation("education.exempt", String.valueOf(e.year()),
                    e.approvedBy(), e.reference())).close("li"));
            lines.close("ul");
        }
        lines.show(check);
        Set<Integer> exemptYears = exemptions.stream().map(EducationExemption::year).collect(Collectors.toSet());
        openYears = result.yearsChecked().stream().filter(y -> !exemptYears.contains(y)).toList();
        if (exemption != null) {
            exemption.setVisible(!openYears.isEmpty());
        }
    }

    /** Core's three shortfall lines (continuing education, R-24) in the UI's language; any other line as it is. */
    private String shortfall(String chinese) {
        for (Map.Entry<String, Pattern> line : SHORTFALLS.entrySet()) {
            Matcher matcher = line.getValue().matcher(chinese);
            if (matcher.matches()) {
                Object[] values = new Object[matcher.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = matcher.group(i + 1); // as text: a year is no 2,022
                }
                return getTranslation(line.getKey(), values);
            }
        }
        return chinese;
    }

    /** As ContinuingEducationServiceImpl words them. */
    private static final Map<String, Pattern> SHORTFALLS = Map.of(
            "education.shortfall.total", Pattern.compile("(\\d+)年度：总学时(\\d+)，少于(\\d+)"),
            "education.shortfall.professional", Pattern.compile("(\\d+)年度：专业科目学时(\\d+)，少于(\\d+)"),
            "education.shortfall.public", Pattern.compile("(\\d+)年度：缺少公需科目学时"));
}
