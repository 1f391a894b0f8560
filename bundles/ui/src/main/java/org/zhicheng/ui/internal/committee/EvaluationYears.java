package org.zhicheng.ui.internal.committee;

import java.util.Comparator;
import java.util.List;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;

import com.vaadin.flow.component.combobox.ComboBox;

/** The committee office's choice of evaluation year: the configured years, newest first, this year chosen. */
final class EvaluationYears {

    private EvaluationYears() {
    }

    static void offer(ComboBox<Integer> year, CampaignService campaigns) {
        List<Integer> years = campaigns.campaigns().stream().map(Campaign::year).sorted(Comparator.reverseOrder()).toList();
        year.setItems(years);
        int thisYear = campaigns.today().getYear();
        year.setValue(years.contains(thisYear) ? Integer.valueOf(thisYear) : years.isEmpty() ? null : years.get(0));
    }
}
