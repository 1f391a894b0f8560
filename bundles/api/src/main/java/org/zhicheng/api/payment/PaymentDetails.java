package org.zhicheng.api.payment;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/** Where and how much to pay, for whoever may see the file (its applicant, its reviewers). */
@ProviderType
public interface PaymentDetails {

    Payee payee();

    /** The file's fee transfer: refused with FORBIDDEN for a file the actor does not see, UNKNOWN_APPLICATION for none. */
    FeeTransfer feeTransfer(long applicationId, Actor actor);
}
