package org.zhicheng.distribution.it;

/** The login page: each role lands on its own first screen. */
final class LoginPage extends Screen {

    LoginPage(Browser browser) {
        super(browser);
    }

    MyFilesPage applicant(String user, String password) {
        browser.login(user, password);
        return new MyFilesPage(browser);
    }

    /** An employer, a county bureau or a series department: the review queue. */
    ReviewPage reviewer(String user, String password) {
        browser.login(user, password);
        return new ReviewPage(browser);
    }

    CommitteePage committeeOffice(String user, String password) {
        browser.login(user, password);
        return new CommitteePage(browser);
    }

    ExpertPage expert(String user, String password) {
        browser.login(user, password);
        return new ExpertPage(browser);
    }

    AdministrationPage administrator(String user, String password) {
        browser.login(user, password);
        return new AdministrationPage(browser);
    }
}
