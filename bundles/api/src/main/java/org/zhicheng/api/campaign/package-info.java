/**
 * The evaluation year (campaign): its calendar, fees and limits, configuration with the 2023 notice's values as
 * defaults, read by everyone and edited by the prefecture administrator.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.zhicheng.api.campaign;
