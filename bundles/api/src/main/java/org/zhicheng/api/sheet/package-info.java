/**
 * Spreadsheets (issue 18): exports of what the screens show (.xlsx and CSV, Chinese headers) and imports of
 * continuing-education hours, exam results and units from published templates, validated whole before anything is
 * stored.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.sheet;
