/** The evaluation year (campaign): its calendar, fees and limits, configuration with the 2023 notice's values as defaults. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.campaign;
