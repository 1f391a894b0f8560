package org.zhicheng.ui.internal.applicant;

import java.util.Comparator;
import java.util.function.Consumer;

import org.zhicheng.api.service.Refusal;
import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.progress.ChannelOption;
import org.zhicheng.api.progress.ProgressService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.Specialty;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.i18n.SeriesLabels;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Opening a file: series, specialty, level and channel. Levels filled by exam only are shown but cannot be chosen,
 * with the reason; only the channels core lets this applicant use are offered, the chosen one explained in plain
 * words and the others' reasons shown (channel C for 民营企业 staff only, R-06; one per year, R-07). Every other
 * reason (window, one file a year, a plugin's veto) comes from core in Chinese.
 */
class NewFileDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** @param progress core's answer to which channels the applicant may use in a series (R-04..R-07) */
    NewFileDialog(ApplicationService applications, SeriesCatalog catalog, CampaignService campaigns, ProgressService progress,
                  Consumer<Application> created) {
        setHeaderTitle(getTranslation("newFile.heading"));
        setId("new-file-dialog");
        ComboBox<Series> series = new ComboBox<>(getTranslation("newFile.series"));
        series.setId("new-file-series");
        series.setItems(catalog.acceptingSeries().stream().sorted(Comparator.comparing(Series::name)).toList());
        series.setItemLabelGenerator(SeriesLabels::name);
        ComboBox<Specialty> specialty = new ComboBox<>(getTranslation("newFile.specialty"));
        specialty.setId("new-file-specialty");
        specialty.setItemLabelGenerator(s -> SeriesLabels.of(series.getValue(), s.name()));
        ComboBox<LevelCommittee> level = new ComboBox<>(getTranslation("newFile.level"));
        level.setId("new-file-level");
        level.setItemLabelGenerator(c -> Terms.of(c.level(), c.level().officialTerm()));
        ComboBox<Channel> channel = new ComboBox<>(getTranslation("newFile.channel"));
        channel.setId("new-file-channel");
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        Paragraph reason = new Paragraph();
        reason.setId("new-file-reason");
        Paragraph explained = new Paragraph();
        explained.setId("new-file-channel-help");
        explained.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        // the chosen channel in plain words, where it is chosen
        channel.addValueChangeListener(event -> explained.setText(event.getValue() == null ? ""
                : getTranslation("channel.explain." + event.getValue().name())));
        series.addValueChangeListener(event -> {
            Series chosen = event.getValue();
            specialty.setItems(chosen == null ? java.util.List.of() : chosen.specialties());
            if (chosen == null) {
                channel.setItems(java.util.List.<Channel>of());
                reason.setText("");
                return;
            }
            // R-04..R-07: core says which channels this applicant may use, and why not the others
            Actor me = CurrentUser.require();
            java.util.List<ChannelOption> options = progress.channels(me.applicantId(), chosen.code(), me);
            java.util.List<Channel> open = options.stream().filter(ChannelOption::open).map(ChannelOption::channel).toList();
            channel.setItems(open);
            channel.setValue(open.isEmpty() ? null : open.get(0));
            java.util.List<String> closed = options.stream().filter(o -> !o.open())
                    .map(o -> getTranslation("channel." + o.channel().name()) + "：" + reasonIn(o))
                    .distinct().toList();
            reason.setText(closed.isEmpty() ? "" : getTranslation("newFile.closed") + String.join("；", closed));
        });
        Paragraph examOnly = new Paragraph();
        examOnly.setId("new-file-exam-only");
        // levels filled by exam are not offered, and the applicant is told why
        specialty.addValueChangeListener(event -> {
            java.util.List<LevelCommittee> committees = event.getValue() == null ? java.util.List.of()
                    : event.getValue().committees().stream().sorted(Comparator.comparing(LevelCommittee::level)).toList();
            level.setItems(committees.stream().filter(c -> !c.examOnly()).toList());
            java.util.List<String> byExam = committees.stream().filter(LevelCommittee::examOnly)
                    .map(c -> Terms.of(c.level(), c.level().officialTerm())).toList();
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
        add(form, explained, examOnly, reason);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
    }

    /**
     * Why a channel is closed, in the user's language. Core words its three reasons (ProgressServiceImpl#channels) in
     * Chinese and English only; for Uyghur (issue 19) the same reasons come from the bundles and the refusal catalogue,
     * recognised by their English wording (a reason not recognised shows in Chinese).
     */
    private String reasonIn(ChannelOption option) {
        String english = option.englishReason();
        if (ZhichengTranslations.rightToLeft(getLocale())) {
            if (english.startsWith("channel C is open to")) {
                return getTranslation("newFile.noChannelC");
            }
            if (english.startsWith("channel C is for staff")) {
                return getTranslation("newFile.channelCPrivateOnly");
            }
            if (english.startsWith("an application for ")) {
                String year = english.substring("an application for ".length()).split(" ")[0];
                return Refusal.ONE_CHANNEL_PER_YEAR.refuse(year).message(getLocale());
            }
            return option.reason();
        }
        return FieldErrors.inLanguage(option.reason() + " / " + english);
    }
}
