package org.zhicheng.core.internal.review;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

/**
 * What the review queue's search box finds, each through an index (issue 16 item 7): a file by its number (第12号,
 * #12, or up to five digits), an applicant by the beginning of the ID number (six digits or more: the region code
 * first) or by the beginning of the name. A search inside a name or number ({@code LIKE '%…%'}) reads every file of
 * the scope, so it is not offered; the UI's placeholder and REST's parameter say what is searched.
 *
 * @param column the applicant's column searched by its beginning, or null for the file's number
 * @param value  the beginning (with the trailing %), or the file's number
 */
public record QueueSearch(String column, Object value) {

    /** Fewer digits than this are a file number; from here on the beginning of an ID number (652922 …). */
    static final int ID_NUMBER_DIGITS = 6;
    /**
     * Up to this many applicants found by the beginning are looked up by their ids (the database starts from the
     * applicants' index, not from every file of the scope); a broader beginning is searched within the scope.
     */
    static final int APPLICANTS_BY_ID = 500;

    public static QueueSearch of(String text) {
        String plain = text.replace("%", "").replace("_", "").trim();
        String number = plain.replaceFirst("^[#＃第]\\s*", "").replaceFirst("\\s*号$", "");
        boolean numbered = !number.equals(plain);
        if (number.matches("\\d{1,12}") && (numbered || number.length() < ID_NUMBER_DIGITS)) {
            return new QueueSearch(null, Long.parseLong(number));
        }
        if (plain.matches("\\d{" + ID_NUMBER_DIGITS + ",17}[\\dXx]?")) {
            return new QueueSearch("idNumber", plain.toUpperCase() + "%");
        }
        return new QueueSearch("fullName", plain + "%");
    }

    /** Adds the search to the files' query (alias p). */
    void appendTo(EntityManager em, StringBuilder jpql, Map<String, Object> parameters) {
        appendTo(em, jpql, parameters, APPLICANTS_BY_ID);
    }

    public void appendTo(EntityManager em, StringBuilder jpql, Map<String, Object> parameters, int applicantsById) {
        if (column == null) {
            jpql.append(" AND p.id = :fileId");
            parameters.put("fileId", value);
            return;
        }
        // the applicants first, from their own index: joined to the scope's files, Derby would rather read the scope
        List<Long> applicants = em.createQuery("SELECT a.id FROM ApplicantEntity a WHERE a." + column + " LIKE :beginning",
                Long.class).setParameter("beginning", value).setMaxResults(applicantsById + 1).getResultList();
        if (applicants.isEmpty()) {
            jpql.append(" AND 1 = 0");
        } else if (applicants.size() <= applicantsById) {
            jpql.append(" AND p.applicant.id IN :searchApplicants");
            parameters.put("searchApplicants", applicants);
        } else {
            jpql.append(" AND p.applicant.").append(column).append(" LIKE :beginning");
            parameters.put("beginning", value);
        }
    }
}
