/**
 * The platform's health for load balancers and monitors (issue 17): the database, the series plugins, the audit
 * log's head and the free disk for attachments. Nothing in it is a secret.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.health;
