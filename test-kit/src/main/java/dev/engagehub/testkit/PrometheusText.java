package dev.engagehub.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one counter out of a service's {@code /q/metrics} (Prometheus text format). */
public final class PrometheusText {
    private PrometheusText() {
    }

    /** The value of {@code name}'s sample whose tag {@code tag} is {@code value}; 0 if there is none yet. */
    public static double counter(String metrics, String name, String tag, String value) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(tag + "=\""
                + value + "\"") + "[^}]*}\\s+(\\S+)$").matcher(metrics);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
