package org.zhicheng.core.internal.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.campaign.PlatformDate;

/** The configured evaluation years, and today in the prefecture's time zone (or the configured platform date). */
@Component(service = CampaignService.class, configurationPid = "org.zhicheng.clock")
@Designate(ocd = ClockConfiguration.class)
public class CampaignRegistry implements CampaignService {

    /** Xinjiang's offices keep Beijing time. */
    static final ZoneId PREFECTURE_ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<ConfiguredCampaign, Campaign> campaigns = new ConcurrentHashMap<>();
    private volatile LocalDate fixedDate;
    /** This thread's today while {@link #asOf} runs; everyone else keeps the platform's. */
    private final ThreadLocal<LocalDate> asOf = new ThreadLocal<>();

    @Activate
    public CampaignRegistry(ClockConfiguration clock) {
        modified(clock);
    }

    @Modified
    void modified(ClockConfiguration clock) {
        String date = clock.date() == null ? "" : clock.date().trim();
        try {
            fixedDate = date.isEmpty() ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("org.zhicheng.clock: date '" + date + "' is not a date (YYYY-MM-DD)");
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCampaign(ConfiguredCampaign source) {
        campaigns.put(source, source.campaign());
    }

    void removeCampaign(ConfiguredCampaign source) {
        campaigns.remove(source);
    }

    @Override
    public Optional<Campaign> campaign(int year) {
        return campaigns.values().stream().filter(c -> c.year() == year).findFirst();
    }

    @Override
    public List<Campaign> campaigns() {
        return campaigns.values().stream().sorted(Comparator.comparingInt(Campaign::year)).toList();
    }

    /**
     * Runs the work with today at {@code day} on this thread only: the demo data takes a file through the year's
     * calendar (publicity, the meetings window) without moving the platform's date for anybody else (issue 14).
     */
    public <T> T asOf(LocalDate day, Supplier<T> work) {
        LocalDate before = asOf.get();
        asOf.set(day);
        try {
            return work.get();
        } finally {
            if (before == null) {
                asOf.remove();
            } else {
                asOf.set(before);
            }
        }
    }

    @Override
    public PlatformDate platformDate() {
        LocalDate fixed = asOf.get() != null ? asOf.get() : fixedDate;
        return new PlatformDate(fixed != null ? fixed : LocalDate.now(PREFECTURE_ZONE), PREFECTURE_ZONE, fixed != null);
    }

    @Override
    public LocalDate today() {
        LocalDate fixed = asOf.get() != null ? asOf.get() : fixedDate;
        return fixed != null ? fixed : LocalDate.now(PREFECTURE_ZONE);
    }
}
