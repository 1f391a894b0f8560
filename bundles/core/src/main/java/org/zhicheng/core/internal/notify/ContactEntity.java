package org.zhicheng.core.internal.notify;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.zhicheng.api.notify.ContactSettings;

/** Where an account receives email and SMS (接收方式); one row per account that set it. */
@Entity
@Table(name = "ZC_CONTACT")
public class ContactEntity {

    @Id
    @Column(length = 64)
    private String username;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String mobile;

    @Version
    private long version;

    protected ContactEntity() {
        // for JPA
    }

    ContactEntity(String username) {
        this.username = username;
    }

    void set(ContactSettings settings) {
        this.email = settings.email();
        this.mobile = settings.mobile();
    }

    ContactSettings toRecord() {
        return new ContactSettings(email, mobile);
    }
}
