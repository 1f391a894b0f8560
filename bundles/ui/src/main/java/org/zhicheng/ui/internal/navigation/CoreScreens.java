package org.zhicheng.ui.internal.navigation;

import static org.zhicheng.ui.internal.navigation.Screen.Group.ACCOUNT;
import static org.zhicheng.ui.internal.navigation.Screen.Group.HOME;
import static org.zhicheng.ui.internal.navigation.Screen.Group.OWN_WORK;
import static org.zhicheng.ui.internal.navigation.Screen.Group.PUBLIC;
import static org.zhicheng.ui.internal.navigation.Screen.Group.SERIES;

import java.util.List;

import org.zhicheng.api.security.Role;
import org.zhicheng.ui.internal.sheet.SheetImportView;
import org.zhicheng.ui.internal.admin.AccountsView;
import org.zhicheng.ui.internal.admin.AuditView;
import org.zhicheng.ui.internal.admin.CalendarView;
import org.zhicheng.ui.internal.admin.PluginsView;
import org.zhicheng.ui.internal.admin.UnitsView;
import org.zhicheng.ui.internal.applicant.MyFilesView;
import org.zhicheng.ui.internal.committee.CommitteeView;
import org.zhicheng.ui.internal.expert.ExpertFilesView;
import org.zhicheng.ui.internal.meeting.MeetingOfficeView;
import org.zhicheng.ui.internal.meeting.MemberMeetingView;
import org.zhicheng.ui.internal.notify.MessagesView;
import org.zhicheng.ui.internal.review.ReviewQueueView;
import org.zhicheng.ui.internal.series.DepartmentOverviewView;
import org.zhicheng.ui.internal.series.SeriesPageView;
import org.zhicheng.ui.internal.session.StartPages;
import org.zhicheng.ui.internal.views.ContactsView;
import org.zhicheng.ui.internal.views.HomeView;
import org.zhicheng.ui.internal.views.LoginView;
import org.zhicheng.ui.internal.views.NoticeView;
import org.zhicheng.ui.internal.views.RegistrationView;
import org.zhicheng.ui.internal.views.ResultsView;
import org.zhicheng.ui.internal.views.StandardsView;
import org.zhicheng.ui.internal.views.VerificationView;

/**
 * The ui bundle's own screens: the one place that says, for each, its route, its menu entry and who may open it.
 * Core decides every act again; this only keeps people from pages that would refuse them.
 */
final class CoreScreens {

    private CoreScreens() {
    }

    static List<Screen> all() {
        return List.of(
                Screen.of(HomeView.ROUTE, HomeView.class).inMenu("nav.home", HOME, 0),
                Screen.of(LoginView.ROUTE, LoginView.class), // the header's login link
                // each role's own work
                Screen.of(StartPages.APPLICANT, MyFilesView.class).inMenu("nav.myFiles", OWN_WORK, 10)
                        .forRoles(Role.APPLICANT),
                Screen.of(StartPages.REVIEW, ReviewQueueView.class).inMenu("nav.review", OWN_WORK, 20)
                        .forRoles(Role.EMPLOYER, Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT, Role.INTEGRATION),
                Screen.of(StartPages.EXPERT, ExpertFilesView.class).inMenu("nav.expert", OWN_WORK, 30)
                        .forRoles(Role.EXPERT),
                Screen.of(MemberMeetingView.ROUTE, MemberMeetingView.class).inMenu("nav.meetings", OWN_WORK, 35)
                        .forRoles(Role.EXPERT), // a committee member's ballot and minutes (issue 14)
                Screen.of(StartPages.COMMITTEE, CommitteeView.class).inMenu("nav.committee", OWN_WORK, 40)
                        .forRoles(Role.COMMITTEE_OFFICE, Role.INTEGRATION),
                Screen.of(MeetingOfficeView.ROUTE, MeetingOfficeView.class).inMenu("nav.meetingOffice", OWN_WORK, 45)
                        .forRoles(Role.COMMITTEE_OFFICE), // runs the committee meetings (issue 14)
                Screen.of(StartPages.ADMIN, AccountsView.class).inMenu("nav.accounts", OWN_WORK, 50)
                        .forRoles(Role.ADMIN),
                Screen.of(AuditView.ROUTE, AuditView.class).inMenu("nav.audit", OWN_WORK, 60).forRoles(Role.ADMIN),
                Screen.of(PluginsView.ROUTE, PluginsView.class).inMenu("nav.plugins", OWN_WORK, 70).forRoles(Role.ADMIN),
                Screen.of(CalendarView.ROUTE, CalendarView.class).inMenu("nav.calendar", OWN_WORK, 80)
                        .forRoles(Role.ADMIN, Role.INTEGRATION),
                Screen.of(UnitsView.ROUTE, UnitsView.class).inMenu("nav.units", OWN_WORK, 90) // 用人单位管理
                        .forRoles(Role.ADMIN, Role.COUNTY_BUREAU),
                Screen.of(SheetImportView.ROUTE, SheetImportView.class).inMenu("nav.sheetImport", OWN_WORK, 95) // issue 18
                        .forRoles(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT, Role.INTEGRATION),
                Screen.of(MessagesView.ROUTE, MessagesView.class).inMenu("nav.messages", ACCOUNT, 0)
                        .forRoles(Role.APPLICANT, Role.values()), // every account
                // generated from the series' descriptors, for every series plugin alike
                Screen.of(DepartmentOverviewView.ROUTE, DepartmentOverviewView.class).inMenu("nav.seriesOverview", SERIES, 0)
                        .forRoles(Role.SERIES_DEPARTMENT),
                Screen.of(SeriesPageView.ROUTE, SeriesPageView.class), // series/<code>, linked from notice and standards
                // published to all
                Screen.of(NoticeView.ROUTE, NoticeView.class).inMenu("nav.notice", PUBLIC, 10),
                Screen.of(StandardsView.ROUTE, StandardsView.class).inMenu("nav.standards", PUBLIC, 20),
                Screen.of(ResultsView.ROUTE, ResultsView.class).inMenu("nav.results", PUBLIC, 30),
                Screen.of(VerificationView.ROUTE, VerificationView.class).inMenu("nav.verify", PUBLIC, 40),
                Screen.of(ContactsView.ROUTE, ContactsView.class).inMenu("nav.contacts", PUBLIC, 50),
                Screen.of(RegistrationView.ROUTE, RegistrationView.class).inMenu("nav.register", PUBLIC, 60).forVisitors());
    }
}
