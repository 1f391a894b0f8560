package org.zhicheng.core.internal.notify;

import org.zhicheng.api.notify.NotificationKind;

/**
 * What one message says, in Chinese and English, in Uyghur where the recipient may read the platform in it (an
 * applicant's messages, issue 19; null for staff's, which read in Chinese), and the file it concerns (null for none).
 */
record Message(NotificationKind kind, String titleZh, String bodyZh, String titleEn, String bodyEn, String titleUg,
               String bodyUg, Long applicationId, String fileNumber) {
}
