package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.service.ApplicantService;

@Command(scope = "zhicheng", name = "applicant-list", description = "Lists registered applicants")
@Service
public class ApplicantListCommand implements Action {

    @Reference
    ApplicantService applicants;

    @Option(name = "--offset")
    int offset;

    @Option(name = "--limit")
    int limit = 100;

    @Override
    public Object execute() {
        System.out.println("total " + applicants.count(ShellActor.current()));
        for (Applicant a : applicants.list(offset, limit, ShellActor.current())) {
            System.out.printf("%d %s %s %s %s%n", a.id(), a.fullName(), a.maskedIdNumber(), a.employer(), a.tier());
        }
        return null;
    }
}
