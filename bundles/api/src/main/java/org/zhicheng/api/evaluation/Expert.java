package org.zhicheng.api.evaluation;

import java.util.Objects;
import java.util.Set;

/**
 * A reviewing expert of the committee pool.
 *
 * @param seriesCodes       the series the expert may evaluate
 * @param relatedApplicants applicants the expert declared a relation with (kin, teacher, co-author...): never
 *                          assigned to them
 */
public record Expert(String id, String name, String employer, Set<String> seriesCodes, Set<Long> relatedApplicants) {
    public Expert {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{1,49}")) {
            throw new IllegalArgumentException("专家编号无效 / expert id must be lower-case letters, digits, '.', '_' or '-'");
        }
        Objects.requireNonNull(name, "name");
        employer = employer == null ? "" : employer.trim();
        seriesCodes = Set.copyOf(seriesCodes);
        relatedApplicants = Set.copyOf(relatedApplicants);
    }
}
