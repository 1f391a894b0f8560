package org.zhicheng.ui.internal.session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.zhicheng.api.security.Role;

/**
 * The roles a view is for; a view without it is public. The guard sends anonymous visitors to the login page
 * and other roles to their own start page. Convenience only: core refuses what the role may not do anyway.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForRoles {
    Role[] value();
}
