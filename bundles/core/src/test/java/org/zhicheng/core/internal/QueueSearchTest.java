package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.core.internal.review.QueueSearch;

/** Issue 16 item 7: what the queue's search box finds, each through an index, on Derby. */
class QueueSearchTest extends CoreTestSupport {

    @Test
    void aNumberIsTheFilesAndSixDigitsOrMoreBeginAnIdNumberAndTheRestBeginsAName() {
        assertEquals(new QueueSearch(null, 12L), QueueSearch.of("第12号"));
        assertEquals(new QueueSearch(null, 123456L), QueueSearch.of("＃123456"));
        assertEquals(new QueueSearch(null, 12345L), QueueSearch.of("12345"));
        assertEquals(new QueueSearch("idNumber", "652901%"), QueueSearch.of("652901"));
        assertEquals(new QueueSearch("idNumber", "65290119800101123X%"), QueueSearch.of("65290119800101123x"));
        assertEquals(new QueueSearch("fullName", "王建%"), QueueSearch.of("王建"));
        assertEquals(new QueueSearch("fullName", "第五%"), QueueSearch.of("第五"), "a surname 第五, not a number");
        assertEquals(new QueueSearch("fullName", "王%"), QueueSearch.of("%王_"), "no wildcards of the user's");
    }

    @Test
    void aBroadBeginningIsSearchedWithinTheFilesAndANarrowOneByTheApplicantsIds() throws Exception {
        openCore("2023-08-14", 2023);
        List<String> names = List.of("王一", "王二", "李三");
        for (int i = 0; i < names.size(); i++) {
            applicants.register(new NewApplicant(names.get(i), ResidentIdNumber.completing("65290119800101" + (200 + i)),
                    "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        }
        assertEquals(" AND p.applicant.id IN :searchApplicants", jpql(QueueSearch.of("王"), 2));
        assertEquals(" AND p.applicant.fullName LIKE :beginning", jpql(QueueSearch.of("王"), 1), "more than 1: in the files");
        assertEquals(" AND 1 = 0", jpql(QueueSearch.of("赵"), 2));
    }

    private String jpql(QueueSearch search, int applicantsById) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder jpql = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            search.appendTo(em, jpql, parameters, applicantsById);
            return jpql.toString();
        });
    }
}
