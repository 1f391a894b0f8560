package org.zhicheng.rest.internal.resources;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.payment.FeeTransfer;
import org.zhicheng.api.payment.Payee;
import org.zhicheng.api.payment.PaymentDetails;
import org.zhicheng.rest.internal.Extensions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where the evaluation fee is paid: the configured payee (Config Admin pid {@code org.zhicheng.payment}) and one
 * file's transfer, with the text its QR code carries; for whoever may see the file. Authenticated.
 */
@Component(service = PaymentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/payment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payment", description = "评审费收款信息 / where the fee is paid (R-29)")
public class PaymentResource {

    private final PaymentDetails payment;

    @Activate
    public PaymentResource(@Reference PaymentDetails payment) {
        this.payment = payment;
    }

    @GET
    @Path("payee")
    @Operation(summary = "评审费收款单位、开户银行和账号（R-29）")
    public Map<String, String> payee(@Context SecurityContext security) {
        Callers.actor(security);
        Payee payee = payment.payee();
        return Map.of("name", payee.name(), "bank", payee.bank(), "account", payee.account());
    }

    /** The file's fee: payee, amount, reference and the QR code's text. */
    @GET
    @Path("files/{id}/fee-transfer")
    @Operation(summary = "该申报的缴费信息与二维码内容（R-29）")
    public Map<String, Object> feeTransfer(@PathParam("id") long id, @Context SecurityContext security) {
        FeeTransfer transfer = payment.feeTransfer(id, Callers.actor(security));
        return Map.of("payee", Map.of("name", transfer.payee().name(), "bank", transfer.payee().bank(), "account",
                transfer.payee().account()), "amountYuan", transfer.amountYuan(), "reference", transfer.reference(),
                "qrText", transfer.qrText());
    }
}
