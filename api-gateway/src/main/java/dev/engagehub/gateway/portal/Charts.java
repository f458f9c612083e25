package dev.engagehub.gateway.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns analytics reports into Chart.js configurations and shaded grids, so the page script only draws. */
final class Charts {
    private static final String[] COLOURS = {"#4f46e5", "#0ea5e9", "#f59e0b", "#ef4444"};

    private Charts() {
    }

    /** One chart per report that answered, keyed by the id of its canvas. */
    static Map<String, Object> overview(Map<String, Object> reports) {
        Map<String, Object> charts = new LinkedHashMap<>();
        if (reports.get("activity") instanceof List<?> days) {
            charts.put("activity-chart", chart("line", column(days, "day"), List.of(
                    series("DAU", column(days, "dau"), 0), series("WAU", column(days, "wau"), 1),
                    series("MAU", column(days, "mau"), 2)), false));
        }
        if (reports.get("points") instanceof List<?> days) {
            charts.put("points-chart", chart("bar", column(days, "day"), List.of(
                    series("Issued", column(days, "issued"), 0), series("Redeemed", column(days, "redeemed"), 2),
                    series("Deducted", column(days, "deducted"), 3)), false));
        }
        if (reports.get("funnel") instanceof List<?> steps) {
            List<Object> labels = column(steps, "step").stream().map(step -> (Object) step.toString().replace('_', ' '))
                    .toList();
            charts.put("funnel-chart", chart("bar", labels, List.of(series("Members", column(steps, "members"), 1)),
                    true));
        }
        return charts;
    }

    /** Rows of the week (Monday first), each hour's events and its shade (0 to 1 of the busiest hour). */
    static List<Map<String, Object>> heatmap(Object report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!(report instanceof Map<?, ?> heatmap) || !(heatmap.get("events") instanceof List<?> grid)) {
            return rows;
        }
        List<?> days = (List<?>) heatmap.get("days");
        long busiest = 1;
        for (Object day : grid) {
            for (Object hour : (List<?>) day) {
                busiest = Math.max(busiest, ((Number) hour).longValue());
            }
        }
        for (int d = 0; d < grid.size(); d++) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Object hour : (List<?>) grid.get(d)) {
                long events = ((Number) hour).longValue();
                cells.add(Map.of("count", events, "shade", shade(events, busiest)));
            }
            rows.add(Map.of("day", days.get(d).toString().substring(0, 3), "cells", cells));
        }
        return rows;
    }

    /** Each weekly cohort with the share of it active 0, 1, 2… weeks later. */
    static List<Map<String, Object>> cohorts(Object report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!(report instanceof List<?> cohorts)) {
            return rows;
        }
        for (Object item : cohorts) {
            Map<?, ?> cohort = (Map<?, ?>) item;
            long size = ((Number) cohort.get("members")).longValue();
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Object retained : (List<?>) cohort.get("retained")) {
                long active = ((Number) retained).longValue();
                long percent = size == 0 ? 0 : Math.round(100.0 * active / size);
                cells.add(Map.of("count", active, "percent", percent, "shade", shade(percent, 100)));
            }
            rows.add(Map.of("week", cohort.get("week"), "members", size, "cells", cells));
        }
        return rows;
    }

    private static String shade(long value, long max) {
        return String.format(java.util.Locale.ROOT, "%.2f", max == 0 ? 0 : Math.min(1.0, (double) value / max));
    }

    private static Map<String, Object> chart(String type, List<Object> labels, List<Map<String, Object>> datasets,
                                             boolean horizontal) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        return Map.of("type", type, "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    private static Map<String, Object> series(String label, List<Object> values, int colour) {
        return Map.of("label", label, "data", values, "borderColor", COLOURS[colour], "backgroundColor",
                COLOURS[colour], "tension", 0.25, "pointRadius", 0);
    }

    private static List<Object> column(List<?> rows, String field) {
        return rows.stream().map(row -> ((Map<?, ?>) row).get(field)).map(value -> (Object) value).toList();
    }
}
