@org.osgi.annotation.versioning.Version("2.4.0")
package org.zhicheng.api.service;
