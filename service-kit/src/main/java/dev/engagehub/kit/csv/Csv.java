package dev.engagehub.kit.csv;

/** CSV cells, the same in every export: quoted when needed; cells a spreadsheet would run as a formula are defused. */
public final class Csv {
    private Csv() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
