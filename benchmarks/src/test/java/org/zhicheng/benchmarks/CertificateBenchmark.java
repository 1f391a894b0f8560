package org.zhicheng.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.zhicheng.core.internal.document.CertificateRun;

/**
 * Issue 16 item 8 and issue 18: certificates per second, core's certificate PDF (A4, the layout, the embedded and
 * subset Noto Sans SC, the verification QR code) against a bare PDFBox page with the same fields in a standard font.
 * One thread, after a warm-up that parses the font once. Fails only when a certificate cannot be made, never on a time.
 */
class CertificateBenchmark {

    @Test
    void certificatesPerSecond() {
        int count = Integer.getInteger("bench.certificates", Report.full() ? 5_000 : 100);
        int runs = Report.full() ? 3 : 1;
        measure(i -> CertificateRun.core(i), 10); // warm-up: the font is parsed once
        measure(CertificateRun::bare, 10);
        double[] ours = new double[runs];
        double[] bare = new double[runs];
        for (int run = 0; run < runs; run++) {
            ours[run] = measure(i -> CertificateRun.core(i), count) / count;
            bare[run] = measure(CertificateRun::bare, count) / count;
        }
        double each = Report.median(ours);
        double baseline = Report.median(bare);
        Report.add(new Report.Row("Certificate PDF (R-11, R-38): %,d made one after another (median of %d)".formatted(count, runs),
                String.format(Locale.ROOT, "%.1f ms each (%.0f/s)", each / 1e6, 1e9 / each),
                String.format(Locale.ROOT, "%.2f ms each", baseline / 1e6), Report.ratio(each / baseline), "< 100 ms each",
                "baseline: a bare PDFBox A4 page with the same fields in Helvetica (nothing embedded, no QR code)"));
    }

    /** Nanoseconds for {@code count} documents; each must be a PDF. */
    private static double measure(IntFunction<byte[]> make, int count) {
        long start = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            byte[] pdf = make.apply(i);
            assertTrue(pdf.length > 500 && pdf[0] == '%' && pdf[1] == 'P', "document " + i);
        }
        return System.nanoTime() - start;
    }
}
