package org.zhicheng.core.internal.notify;

import org.zhicheng.api.notify.NotificationKind;

/** What one message says, in both languages, and the file it concerns (null for none). */
record Message(NotificationKind kind, String titleZh, String bodyZh, String titleEn, String bodyEn, Long applicationId,
               String fileNumber) {
}
