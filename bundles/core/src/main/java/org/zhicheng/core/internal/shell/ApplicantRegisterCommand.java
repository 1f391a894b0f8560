package org.zhicheng.core.internal.shell;

import java.util.Arrays;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ZhichengException;

@Command(scope = "zhicheng", name = "applicant-register", description = "Registers an applicant")
@Service
public class ApplicantRegisterCommand implements Action {

    @Reference
    ApplicantService applicants;

    @Argument(index = 0, name = "fullName", required = true)
    String fullName;

    @Argument(index = 1, name = "idNumber", required = true, description = "18-character resident ID number")
    String idNumber;

    @Argument(index = 2, name = "employer", required = true,
            description = "the unit's name (a confirmed unit of that name is the applicant's unit)")
    String employer;

    @Option(name = "--unit", description = "the unit's id; its name, county and tier then apply")
    Long unitId;

    @Argument(index = 3, name = "tier", required = false, description = "PREFECTURE_DIRECT, COUNTY_CITY or TOWNSHIP")
    String tier = Tier.PREFECTURE_DIRECT.name();

    @Argument(index = 4, name = "county", required = false, description = "county or city of the employer, if any")
    String county;

    @Override
    public Object execute() {
        Applicant applicant;
        try {
            applicant = applicants.register(
                    new NewApplicant(fullName, new ResidentIdNumber(idNumber), employer, county, tier(tier), "", unitId),
                    ShellActor.current());
        } catch (ZhichengException refusal) {
            // the console prints a failure's message: both languages, as for the records' own checks
            throw new IllegalArgumentException(refusal.chineseMessage() + " / " + refusal.getMessage(), refusal);
        }
        System.out.println("registered applicant " + applicant.id() + " " + applicant.fullName());
        return null;
    }

    /** The tier typed, or a message naming the three (Tier.valueOf's own names the enum's class instead). */
    static Tier tier(String typed) {
        return Arrays.stream(Tier.values()).filter(t -> t.name().equalsIgnoreCase(typed.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("层级须为 PREFECTURE_DIRECT（地直）、COUNTY_CITY（县市）或 TOWNSHIP（乡镇），"
                        + "而不是“" + typed + "” / tier must be PREFECTURE_DIRECT, COUNTY_CITY or TOWNSHIP, not '" + typed + "'"));
    }
}
