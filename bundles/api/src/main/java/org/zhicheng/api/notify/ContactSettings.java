package org.zhicheng.api.notify;

/**
 * Where an account receives messages besides the message centre (接收方式): an email address and a mobile number,
 * each optional. An applicant's mobile defaults to the phone given at registration.
 */
public record ContactSettings(String email, String mobile) {

    public ContactSettings {
        email = email == null || email.isBlank() ? null : email.trim();
        mobile = mobile == null || mobile.isBlank() ? null : mobile.trim();
    }
}
