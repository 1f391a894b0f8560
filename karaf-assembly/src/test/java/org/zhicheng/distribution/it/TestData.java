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

    /** An ASCII token usable as one shell argument. */
    static String token(String prefix) {
        return prefix + Long.toString(System.nanoTime() & 0xffffffffL, 36);
    }
}
