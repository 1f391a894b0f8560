package org.zhicheng.api.contacts;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whom applicants call: every county's and city's HR and education bureau. The series committees' organising
 * units and phones are the series' own (Annex 5, {@link org.zhicheng.api.series.LevelCommittee}). Public data: no
 * actor is needed to read it.
 */
@ProviderType
public interface ContactDirectory {

    /** Every county and city of the prefecture, in the notice's order. */
    List<CountyBureaus> counties();

    /** The county's bureaus, if it is one of the prefecture's. */
    Optional<CountyBureaus> county(String county);
}
