package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.notify.ContactSettings;

/** Where the caller receives email and SMS: {@code {"email": "…", "mobile": "13912345678"}}, each optional. */
public record ContactSettingsDto(String email, String mobile) {

    public static ContactSettingsDto of(ContactSettings settings) {
        return new ContactSettingsDto(settings.email(), settings.mobile());
    }

    public ContactSettings toSettings() {
        return new ContactSettings(email, mobile);
    }
}
