package org.zhicheng.core.internal.evaluation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.evaluation.Expert;

/** An expert of the committee pool. */
@Entity
@Table(name = "ZC_EXPERT")
@NamedQuery(name = ExpertEntity.ALL, query = "SELECT e FROM ExpertEntity e ORDER BY e.id")
public class ExpertEntity {
    public static final String ALL = "Expert.all";

    @Id
    @Column(length = 50)
    private String id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 200)
    private String employer;

    /** Series codes, comma-separated. */
    @Column(name = "SERIES_CODES", nullable = false, length = 2000)
    private String seriesCodes;

    /** Applicant ids with a declared relation, comma-separated. */
    @Column(name = "RELATED_APPLICANTS", nullable = false, length = 2000)
    private String relatedApplicants;

    protected ExpertEntity() {
        // for JPA
    }

    public ExpertEntity(Expert expert) {
        this.id = expert.id();
        update(expert);
    }

    public void update(Expert expert) {
        this.name = expert.name();
        this.employer = expert.employer();
        this.seriesCodes = String.join(",", expert.seriesCodes());
        this.relatedApplicants = expert.relatedApplicants().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Expert toRecord() {
        return new Expert(id, name, employer, split(seriesCodes),
                split(relatedApplicants).stream().map(Long::valueOf).collect(Collectors.toSet()));
    }

    private static Set<String> split(String joined) {
        return joined.isBlank() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }
}
