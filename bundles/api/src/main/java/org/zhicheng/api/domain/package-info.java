@org.osgi.annotation.versioning.Version("1.5.0")
package org.zhicheng.api.domain;
