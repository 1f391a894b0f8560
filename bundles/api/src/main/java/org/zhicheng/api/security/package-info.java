/** Who acts on the platform: accounts, their role and the part of the files the role covers. */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.zhicheng.api.security;
