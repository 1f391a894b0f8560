@org.osgi.annotation.versioning.Version("2.1.0")
package org.zhicheng.api.service;
