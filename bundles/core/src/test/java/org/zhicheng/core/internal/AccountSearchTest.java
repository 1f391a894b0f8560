package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** The administrator's account list: searched by user or display name, paged (issue 12). */
class AccountSearchTest {

    private static final Actor ADMIN = CoreActors.issue(Actor.admin("admin"));
    private static final char[] PASSWORD = "zhicheng-2023".toCharArray();

    private DerbyJpa jpa;
    private AccountServiceImpl accounts;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        accounts = new AccountServiceImpl(jpa, new AuditLogImpl(jpa));
        // a department's account names an installed series (issue 15 item 1)
        TestDescriptors.declare(new SeriesStore(jpa), TestDescriptors.series("engineering", "工程系列",
                "<specialty name=\"水利专业\" annexRow=\"4\"><committee levels=\"中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>"),
                List.of("中"));
        accounts.createAccount(Actor.countyBureau("kuqa-hr", "库车市"), PASSWORD, ADMIN);
        accounts.createAccount(Actor.countyBureau("wensu-hr", "温宿县"), PASSWORD, ADMIN);
        accounts.createAccount(Actor.seriesDepartment("dept-engineering", Set.of("engineering")), PASSWORD, ADMIN);
        accounts.createAccount(Actor.committeeOffice("office", Set.of()), PASSWORD, ADMIN);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private List<String> names(String text, int offset, int limit) {
        return accounts.accounts(text, offset, limit, ADMIN).stream().map(Actor::username).toList();
    }

    @Test
    void searchesByNameCaseInsensitivelyAndPages() {
        assertEquals(List.of("kuqa-hr", "wensu-hr"), names("HR", 0, 10));
        assertEquals(2, accounts.countAccounts("-hr", ADMIN));
        assertEquals(List.of("wensu-hr"), names("hr", 1, 10));
        assertEquals(4, accounts.countAccounts(" ", ADMIN));
        assertEquals(List.of("dept-engineering", "kuqa-hr"), names(null, 0, 2));
        assertEquals(0, accounts.countAccounts("k%hr", ADMIN), "a % is text, not a wildcard");
        assertEquals(0, accounts.countAccounts("nobody", ADMIN));
    }

    @Test
    void onlyAdministratorsSearchAndABadPageIsRefused() {
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> accounts.accounts("hr", 0, 10, CoreActors.issue(Actor.countyBureau("kuqa-hr", "库车市")))).code());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> accounts.countAccounts("hr", CoreActors.issue(Actor.committeeOffice("office", Set.of())))).code());
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class, () -> accounts.accounts("hr", 0, 0, ADMIN)).code());
    }
}
