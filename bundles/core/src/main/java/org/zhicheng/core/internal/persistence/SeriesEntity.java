package org.zhicheng.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.series.SeriesAvailability;

/**
 * A series as last declared by its plugin. The descriptor text is kept so that a series whose plugin
 * was removed still shows its name and committees (as suspended) in applicants' history.
 */
@Entity
@Table(name = "ZC_SERIES")
@NamedQuery(name = SeriesEntity.ALL, query = "SELECT s FROM SeriesEntity s ORDER BY s.code")
@NamedQuery(name = SeriesEntity.SUSPEND_ALL,
        query = "UPDATE SeriesEntity s SET s.availability = org.zhicheng.api.series.SeriesAvailability.SUSPENDED")
public class SeriesEntity {
    public static final String ALL = "Series.all";
    public static final String SUSPEND_ALL = "Series.suspendAll";

    @Id
    @Column(length = 50)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SeriesAvailability availability;

    @Column(name = "PLUGIN_BUNDLE", nullable = false, length = 200)
    private String pluginBundle;

    @Column(name = "PLUGIN_VERSION", nullable = false, length = 50)
    private String pluginVersion;

    @Lob
    @Column(name = "DESCRIPTOR", nullable = false)
    private String descriptor;

    @Lob
    @Column(name = "SCORING_DESCRIPTOR")
    private String scoringDescriptor;

    @Column(name = "LAST_CHANGE", nullable = false)
    private Instant lastChange;

    protected SeriesEntity() {
        // for JPA
    }

    public SeriesEntity(String code) {
        this.code = code;
    }

    public void declare(String name, String pluginBundle, String pluginVersion, String descriptor, String scoringDescriptor,
                        Instant at) {
        this.name = name;
        this.scoringDescriptor = scoringDescriptor;
        this.pluginBundle = pluginBundle;
        this.pluginVersion = pluginVersion;
        this.descriptor = descriptor;
        this.availability = SeriesAvailability.ACCEPTING;
        this.lastChange = at;
    }

    public void suspend(Instant at) {
        this.availability = SeriesAvailability.SUSPENDED;
        this.lastChange = at;
    }

    public String getCode() {
        return code;
    }

    public SeriesAvailability getAvailability() {
        return availability;
    }

    public String getPluginBundle() {
        return pluginBundle;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public String getDescriptor() {
        return descriptor;
    }
}
