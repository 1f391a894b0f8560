package org.zhicheng.core.internal.payment;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.payment.FeeTransfer;
import org.zhicheng.api.payment.Payee;
import org.zhicheng.api.payment.PaymentDetails;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.core.internal.Refusals;

/**
 * the fee is paid by QR code or bank to the committee's account. The payee is configuration (Config Admin pid
 * {@code org.zhicheng.payment}); the defaults are a sample to be replaced before real use. The QR text names the payee,
 * the amount core computes for the file and the file's reference, so that the payment can be matched to the file.
 */
@Component(service = PaymentDetails.class, configurationPid = "org.zhicheng.payment")
@Designate(ocd = ConfiguredPayee.Configuration.class)
public class ConfiguredPayee implements PaymentDetails {

    @ObjectClassDefinition(name = "Zhicheng evaluation fee payee")
    public @interface Configuration {
        @AttributeDefinition(description = "The payee's name, as the bank knows the account")
        String payeeName() default "阿克苏地区职称评审费代收账户（示例）";

        @AttributeDefinition(description = "The bank and branch of the account")
        String bank() default "示例银行阿克苏分行";

        @AttributeDefinition(description = "The account number")
        String account() default "6500 0000 0000 0000 000";
    }

    private final ApplicationService applications;
    private volatile Payee payee;

    @Activate
    public ConfiguredPayee(@Reference ApplicationService applications, Configuration configuration) {
        this.applications = applications;
        modified(configuration);
    }

    /** A blank value refuses the configuration (the component does not start), naming the key. */
    @Modified
    void modified(Configuration configuration) {
        payee = new Payee(required(configuration.payeeName(), "payeeName"), required(configuration.bank(), "bank"),
                required(configuration.account(), "account"));
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("org.zhicheng.payment: " + key + " must not be blank");
        }
        return value.trim();
    }

    @Override
    public Payee payee() {
        return payee;
    }

    @Override
    public FeeTransfer feeTransfer(long applicationId, Actor actor) {
        Application file = applications.find(applicationId, actor).orElseThrow(() -> Refusals.unknownApplication(applicationId));
        int amount = applications.feeFor(applicationId, actor); // the series' senior fee or the year's fee
        String reference = reference(file);
        Payee to = payee;
        String text = "职称评审费\n收款单位：" + to.name() + "\n开户银行：" + to.bank() + "\n账号：" + to.account() + "\n金额："
                + amount + "元\n缴费编号：" + reference;
        return new FeeTransfer(to, amount, reference, text);
    }

    /** The file's payment reference: year and file number, as the payer writes it in the transfer's remark. */
    static String reference(Application file) {
        return "ZC" + file.evaluationYear() + "-" + file.id();
    }
}
