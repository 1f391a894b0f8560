package org.zhicheng.api.campaign;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * The prefecture administrator sets an evaluation year's calendar, fees and limits as the year's notice gives them
 * (R-08..R-14, R-20, R-28, R-29). The year is stored as its configuration (Config Admin factory pid
 * {@code org.zhicheng.campaign}, file {@code etc/org.zhicheng.campaign-<year>.cfg}); read it with
 * {@link CampaignService}.
 *
 * <p>Only {@code ADMIN} and {@code INTEGRATION} may save; anyone else is refused with {@code FORBIDDEN}. A campaign
 * whose days are outside its year or out of order, or whose limits or fees are out of range, is refused with
 * {@code INVALID_INPUT}, a Chinese message naming the field, what is wrong and the rule, and the field's name in
 * {@link org.zhicheng.api.service.ZhichengException#field()} (the record component, e.g. {@code maxSubmissions} or
 * {@code applicationWindow.last}). A refused save changes nothing; every save is recorded in the audit log with the
 * values before and after.
 */
@ProviderType
public interface CampaignAdministration {

    /**
     * Creates the campaign's year or replaces its configuration. When it returns, {@link CampaignService#campaign(int)}
     * answers the saved values (it waits, a few seconds at most, for the platform to apply them).
     *
     * @return the campaign as saved
     * @throws org.zhicheng.api.service.ZhichengException {@code FORBIDDEN} or {@code INVALID_INPUT}; nothing changed
     */
    Campaign save(Campaign campaign, Actor actor);
}
