package dev.engagehub.tools.bench;

import java.util.Arrays;

/** Latencies in microseconds, summarised. */
record Percentiles(int count, double p50Millis, double p99Millis, double maxMillis) {
    static Percentiles of(long[] micros, int count) {
        if (count == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Percentiles(count, at(sorted, 0.50), at(sorted, 0.99), sorted[count - 1] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
