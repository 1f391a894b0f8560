package org.zhicheng.rest.internal.dto;

import java.util.List;
import java.util.TreeSet;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

/** An account as the API shows it: its role and the part of the files it covers; never a password. */
public record ActorDto(String username, String displayName, Role role, String roleLabel, Long applicantId,
                       String employer, String county, List<String> seriesCodes, String expertId, Long unitId) {

    public static ActorDto of(Actor actor) {
        return new ActorDto(actor.username(), actor.displayName(), actor.role(), actor.role().officialTerm(),
                actor.applicantId(), actor.employer(), actor.county(), List.copyOf(new TreeSet<>(actor.seriesCodes())),
                actor.expertId(), actor.unitId());
    }
}
