/**
 * Working days: public holidays and adjusted working days (调休) per year, for every "N working days" deadline;
 * each year's arrangement readable as data and edited by the prefecture administrator.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.zhicheng.api.calendar;
