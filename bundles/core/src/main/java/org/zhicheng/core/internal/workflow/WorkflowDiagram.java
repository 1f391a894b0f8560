package org.zhicheng.core.internal.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.workflow.Transition;

/** Writes {@code docs/workflow.md} from {@link Transitions}: a Mermaid state diagram and the table beside it. */
public final class WorkflowDiagram {

    private WorkflowDiagram() {
    }

    public static String markdown(List<Transition> rows) {
        StringBuilder md = new StringBuilder();
        md.append("# The file's workflow\n\n")
                .append("Generated from core's `workflow/Transitions` by `WorkflowDiagramTest`; do not edit by hand.\n")
                .append("To regenerate: `mvn -o -B -pl bundles/core test -Dtest=WorkflowDiagramTest -Dzhicheng.writeDocs=true`.\n\n")
                .append("```mermaid\nstateDiagram-v2\n");
        for (ApplicationStatus status : ApplicationStatus.values()) {
            md.append("    ").append(status.name()).append(" : ").append(status.name()).append(' ')
                    .append(status.officialTerm()).append('\n');
        }
        for (Transition row : rows) {
            if (row.to() == null) {
                continue; // acts that keep the status are listed in the table below
            }
            if (row.from().isEmpty()) {
                md.append("    [*] --> ").append(row.to().name()).append(" : ").append(row.act().name()).append('\n');
            }
            for (ApplicationStatus from : ordered(row.from())) {
                md.append("    ").append(from.name()).append(" --> ").append(row.to().name()).append(" : ")
                        .append(row.act().name()).append('\n');
            }
        }
        md.append("```\n\n")
                .append("| Act | From | To | Rules | Roles |\n|---|---|---|---|---|\n");
        for (Transition row : rows) {
            md.append("| ").append(row.act().name()).append(' ').append(row.act().officialTerm())
                    .append(" | ").append(from(row.from()))
                    .append(" | ").append(row.to() == null ? "(keeps the status)" : row.to().name())
                    .append(" | ").append(String.join(", ", row.rules()))
                    .append(" | ").append(row.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String from(Set<ApplicationStatus> from) {
        if (from.isEmpty()) {
            return "(new file)";
        }
        if (from.size() == ApplicationStatus.values().length) {
            return "any";
        }
        return ordered(from).stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<ApplicationStatus> ordered(Set<ApplicationStatus> statuses) {
        return statuses.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(statuses));
    }
}
