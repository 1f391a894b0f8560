package org.zhicheng.api.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The configured evaluation years and the platform's today. */
public interface CampaignService {

    Optional<Campaign> campaign(int year);

    /** All configured years, oldest first. */
    List<Campaign> campaigns();

    /**
     * Today for the platform: the system date in production; a training or demonstration installation may run
     * on another date (Config Admin pid {@code org.zhicheng.clock}).
     */
    LocalDate today();

    /** {@link #today()} with its time zone and whether it is configured or the system date (R-08..R-14). */
    PlatformDate platformDate();
}
