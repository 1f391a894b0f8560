package org.zhicheng.ui.internal.applicant;

import java.util.Comparator;
import java.util.function.Consumer;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.Specialty;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Opening a file: series, specialty, level and channel. Levels filled by exam only are shown but cannot be chosen,
 * with the reason; channel C only where the series takes private-enterprise staff and the applicant's unit is a
 * 民营企业. Every other
 * reason (window, one file a year, a plugin's veto) comes from core in Chinese.
 */
class NewFileDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** @param privateEnterprise whether the applicant's unit is a 民营企业, the only staff channel C takes */
    NewFileDialog(ApplicationService applications, SeriesCatalog catalog, CampaignService campaigns, boolean privateEnterprise,
                  Consumer<Application> created) {
        setHeaderTitle(getTranslation("newFile.heading"));
        setId("new-file-dialog");
        ComboBox<Series> series = new ComboBox<>(getTranslation("newFile.series"));
        series.setId("new-file-series");
        series.setItems(catalog.acceptingSeries().stream().sorted(Comparator.comparing(Series::name)).toList());
        series.setItemLabelGenerator(Series::name);
        ComboBox<Specialty> specialty = new ComboBox<>(getTranslation("newFile.specialty"));
        specialty.setId("new-file-specialty");
        specialty.setItemLabelGenerator(Specialty::name);
        ComboBox<LevelCommittee> level = new ComboBox<>(getTranslation("newFile.level"));
        level.setId("new-file-level");
        level.setItemLabelGenerator(c -> c.level().officialTerm());
        ComboBox<Channel> channel = new ComboBox<>(getTranslation("newFile.channel"));
        channel.setId("new-file-channel");
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        Paragraph reason = new Paragraph();
        reason.setId("new-file-reason");
        series.addValueChangeListener(event -> {
            Series chosen = event.getValue();
            specialty.setItems(chosen == null ? java.util.List.of() : chosen.specialties());
            boolean seriesTakesC = chosen != null && chosen.policy().privateEnterpriseChannel();
            channel.setItems(java.util.Arrays.stream(Channel.values())
                    .filter(c -> c != Channel.C_PRIVATE_ENTERPRISE || seriesTakesC && privateEnterprise)
                    .toList());
            channel.setValue(Channel.A_PREFECTURE_DIRECTED);
            reason.setText(chosen == null ? "" : !seriesTakesC ? getTranslation("newFile.noChannelC")
                    : privateEnterprise ? "" : getTranslation("newFile.channelCPrivateOnly"));
        });
        Paragraph examOnly = new Paragraph();
        examOnly.setId("new-file-exam-only");
        // levels filled by exam are not offered, and the applicant is told why
        specialty.addValueChangeListener(event -> {
            java.util.List<LevelCommittee> committees = event.getValue() == null ? java.util.List.of()
                    : event.getValue().committees().stream().sorted(Comparator.comparing(LevelCommittee::level)).toList();
            level.setItems(committees.stream().filter(c -> !c.examOnly()).toList());
            java.util.List<String> byExam = committees.stream().filter(LevelCommittee::examOnly)
                    .map(c -> c.level().officialTerm()).toList();
            examOnly.setText(byExam.isEmpty() ? "" : String.join("、", byExam) + "：" + getTranslation("newFile.examOnly"));
        });
        Button create = new Button(getTranslation("newFile.create"), click -> {
            if (series.getValue() == null || specialty.getValue() == null || level.getValue() == null || channel.getValue() == null) {
                Notices.error(getTranslation("newFile.incomplete"));
                return;
            }
            Actor me = CurrentUser.require();
            Application[] draft = new Application[1];
            TitleLevel chosenLevel = level.getValue().level();
            if (Notices.attempt(() -> draft[0] = applications.createDraft(new NewApplication(me.applicantId(),
                    campaigns.today().getYear(), series.getValue().code(), specialty.getValue().name(), chosenLevel,
                    channel.getValue()), me))) {
                close();
                Notices.info(getTranslation("newFile.created"));
                created.accept(draft[0]);
            }
        });
        create.setId("new-file-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(series, specialty, level, channel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form, examOnly, reason);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
    }
}
