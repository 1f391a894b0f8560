package org.zhicheng.distribution.it;

import java.util.concurrent.ThreadLocalRandom;

import org.zhicheng.api.domain.ResidentIdNumber;

/** Fictitious but valid test data, different on every call so that reruns on a kept database do not clash. */
final class TestData {

    private TestData() {
    }

    /** A valid resident ID number in region 110101 (the demo data uses 6529xx), born 1970–1999. */
    static ResidentIdNumber idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format("110101%04d%02d%02d%03d", 1970 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        return ResidentIdNumber.completing(first17);
    }

    /** A valid unified social credit code (GB 32100) of a company in 库车市, unlikely to be on record. */
    static org.zhicheng.api.unit.CreditCode creditCode() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91652902MA");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            first17.append(chars.charAt(random.nextInt(chars.length())));
        }
        return org.zhicheng.api.unit.CreditCode.completing(first17.toString());
    }

    /** An ASCII token usable as one shell argument. */
    /** The first 17 characters with their GB 11643 check character, whether or not they hold a real date or area. */
    static String idNumberCompleting(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String token(String prefix) {
        return prefix + Long.toString(System.nanoTime() & 0xffffffffL, 36);
    }
}
