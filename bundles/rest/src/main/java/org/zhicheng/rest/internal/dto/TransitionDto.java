package org.zhicheng.rest.internal.dto;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.workflow.Transition;

/**
 * A row of the workflow table: the {@code act} with its {@code label} (zh, en), the statuses it starts from
 * ({@code from}, empty for the act that opens a file), the status it leads to ({@code to}, null when the file keeps its
 * status), the rule ids and the roles that may do it.
 */
public record TransitionDto(String act, Map<String, String> label, List<String> from, String to, List<String> rules,
                            List<String> roles) {

    public static TransitionDto of(Transition row) {
        return new TransitionDto(row.act().name(), Map.of("zh", row.act().officialTerm(), "en", row.act().englishTerm()),
                row.from().isEmpty() ? List.of() : EnumSet.copyOf(row.from()).stream().map(Enum::name).toList(),
                row.to() == null ? null : row.to().name(), row.rules(),
                row.roles().stream().sorted().map(Enum::name).toList());
    }
}
