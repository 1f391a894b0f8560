package org.zhicheng.core.internal.campaign;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignAdministration;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.config.YearConfigurations;

/**
 * The administrator's editing of an evaluation year: checked ({@link CampaignRules}), written to the year's factory
 * configuration {@code org.zhicheng.campaign}, which {@link CampaignRegistry} picks up live.
 */
@Component(service = CampaignAdministration.class)
public class CampaignAdministrationImpl implements CampaignAdministration {

    static final String FACTORY_PID = "org.zhicheng.campaign";

    private final CampaignService campaigns;
    private final YearConfigurations configurations;

    @Activate
    public CampaignAdministrationImpl(@Reference CampaignService campaigns, @Reference ConfigurationAdmin configAdmin,
                                      @Reference AuditLogImpl audit, BundleContext context) {
        this.campaigns = campaigns;
        this.configurations = new YearConfigurations(configAdmin, audit, FACTORY_PID, "CAMPAIGN_SAVED", "campaign:",
                YearConfigurations.etc(context));
    }

    @Override
    public Campaign save(Campaign campaign, Actor actor) {
        YearConfigurations.requireEditor(actor, "修改评审年度日程");
        CampaignRules.check(campaign);
        int year = campaign.year();
        configurations.save(actor, year, () -> campaigns.campaign(year).map(CampaignFactory::properties).orElse(null),
                CampaignFactory.properties(campaign), Set.of(),
                () -> campaigns.campaign(year).filter(campaign::equals).isPresent());
        return campaign;
    }
}
