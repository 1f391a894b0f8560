package org.zhicheng.core.internal.campaign;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.zhicheng.api.campaign.Campaign;

/** One evaluation year from a factory configuration; a malformed one does not activate (its error is logged by SCR). */
@Component(service = ConfiguredCampaign.class, configurationPid = "org.zhicheng.campaign",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CampaignConfiguration.class, factory = true)
public class ConfiguredCampaign {

    private final Campaign campaign;

    @Activate
    public ConfiguredCampaign(CampaignConfiguration configuration) {
        this.campaign = CampaignFactory.create(configuration);
    }

    Campaign campaign() {
        return campaign;
    }
}
