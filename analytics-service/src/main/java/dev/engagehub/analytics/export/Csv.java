package dev.engagehub.analytics.export;

/** CSV cells: quoted when needed; cells that a spreadsheet would run as a formula are defused. */
final class Csv {
    private Csv() {
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
