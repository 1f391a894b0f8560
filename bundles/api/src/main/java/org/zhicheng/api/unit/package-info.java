/** Units (用人单位): the employers applicants and employer accounts belong to, recorded with their credit code. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.unit;
