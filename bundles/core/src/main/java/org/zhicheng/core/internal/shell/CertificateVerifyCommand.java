package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.certificate.CertificateVerification;

/** Public verification of a certificate by its number and the holder's full name; shows what the public sees. */
@Command(scope = "zhicheng", name = "certificate-verify",
        description = "Verifies a professional-title certificate by its number and the holder's full name (R-38)")
@Service
public class CertificateVerifyCommand implements Action {

    @Reference
    CertificateService certificates;

    @Argument(index = 0, name = "number", description = "Certificate number, e.g. ZC-2023-WATER-000001", required = true)
    String number;

    @Argument(index = 1, name = "name", description = "The holder's full name (quote it if it has spaces)", required = true)
    String name;

    @Override
    public Object execute() {
        CertificateVerification answer = certificates.verify(number, name);
        if (!answer.valid()) {
            System.out.println("INVALID " + (answer.number() == null ? "" : answer.number() + ": ") + answer.reasonIfInvalid());
            return null;
        }
        System.out.println("VALID " + answer.number());
        System.out.println("  holder:    " + answer.holderName());
        System.out.println("  series:    " + answer.seriesName() + " / " + answer.specialty());
        System.out.println("  level:     " + answer.level().officialTerm());
        System.out.println("  year:      " + answer.evaluationYear());
        System.out.println("  issued on: " + answer.issuedOn());
        return null;
    }
}
