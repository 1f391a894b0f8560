package org.zhicheng.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/workflow.md} is the diagram of the table as it is: regenerate it with {@code -Dzhicheng.writeDocs=true}
 * after changing {@link Transitions}, and commit it.
 */
class WorkflowDiagramTest {

    private static final Path DOC = Path.of("../../docs/workflow.md");

    @Test
    void committedDiagramIsTheTables() throws IOException {
        String generated = WorkflowDiagram.markdown(Transitions.all());
        if (Boolean.getBoolean("zhicheng.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "",
                "docs/workflow.md differs from core's Transitions: run WorkflowDiagramTest with -Dzhicheng.writeDocs=true");
    }
}
