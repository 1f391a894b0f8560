package org.zhicheng.api.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.security.Role;

/**
 * One row of the workflow table: {@code act} done to a file in one of the {@code from} statuses leads it to
 * {@code to}; no {@code to} means the act keeps the file's status. An empty {@code from} means the act creates the
 * file. {@code rules} are the rule ids (R-nn) behind the row, {@code roles} the roles that may do the act (each still
 * only to the files it covers).
 */
public record Transition(Set<ApplicationStatus> from, WorkflowAct act, ApplicationStatus to, List<String> rules,
                         Set<Role> roles) {

    public Transition {
        from = Set.copyOf(from);
        Objects.requireNonNull(act, "act");
        rules = List.copyOf(rules);
        roles = Set.copyOf(roles);
    }

    /** The status the act leads to; empty when it keeps the file's status. */
    public Optional<ApplicationStatus> target() {
        return Optional.ofNullable(to);
    }

    /** Whether the act may be done to a file in {@code status}. */
    public boolean startsFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** The status a file in {@code status} has after the act. */
    public ApplicationStatus after(ApplicationStatus status) {
        return to == null ? status : to;
    }
}
