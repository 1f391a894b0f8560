/**
 * The file's workflow as data: each act on a file, the statuses it starts from, the status it leads to, the rules
 * behind it and the roles that may do it. Core holds the one table; these immutable types let the UI and REST read it.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.zhicheng.api.workflow;
