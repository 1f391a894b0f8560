package org.zhicheng.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * BENCHMARKS.md: the machine, then one row per figure with its baseline measured in the same run and the ratio. Every
 * benchmark of the run adds its rows, and the hand-written findings follow; the file is written again after each, so a later failure keeps the
 * earlier figures.
 */
final class Report {

    /** A figure; baseline and ratio are blank for figures that are not timings against a baseline. */
    record Row(String figure, String value, String baseline, String ratio, String target, String note) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private Report() {
    }

    static String scale() {
        return System.getProperty("bench.scale", "smoke");
    }

    static boolean full() {
        return "full".equals(scale());
    }

    static Path work() {
        return Path.of(System.getProperty("bench.work", "target/bench"));
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
        write();
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String seconds(double nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** A ratio as the table shows it. */
    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores, %.1f GB memory, Java %s (%s), %s %s; benchmark JVM heap max %d MB",
                Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void write() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `benchmarks/run --scale ").append(scale()).append("` (see the README). Every timing is a ratio")
                .append(" against a baseline measured in the same run on the same machine, since the machines are shared")
                .append(" and noisy; values are medians of the runs stated. Lower ratios are better.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" |\n");
        md.append("| Machine | ").append(machine()).append(" |\n");
        md.append("| Scale | ").append(scale()).append(" |\n\n");
        md.append("| Figure | Value | Baseline | Ratio | Target | Note |\n|---|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            md.append("| ").append(String.join(" | ", row.figure(), row.value(), row.baseline(), row.ratio(), row.target(),
                    row.note())).append(" |\n");
        }
        Path findings = Path.of(System.getProperty("bench.findings", "findings.md"));
        if (Files.isRegularFile(findings)) {
            try {
                md.append('\n').append(Files.readString(findings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path out = Path.of(System.getProperty("bench.out", "target/BENCHMARKS.md"));
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
