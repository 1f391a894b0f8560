/** Working days: public holidays and adjusted working days (调休) per year, for every "N working days" deadline. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.calendar;
