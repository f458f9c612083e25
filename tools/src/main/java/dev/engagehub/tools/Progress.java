package dev.engagehub.tools;

import java.io.PrintStream;

/** A progress bar on a terminal; plain lines when the output is a file or a CI log. */
public final class Progress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String step = "";
    private int lastPercent = -1;
    private long stepStarted = System.nanoTime();

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public void step(String name) {
        finishLine();
        step = name;
        lastPercent = -1;
        stepStarted = System.nanoTime();
        if (!terminal) {
            out.println(name + "…");
        }
    }

    public void update(long done, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        if (terminal) {
            int filled = percent * WIDTH / 100;
            out.printf("\r  %-38s [%s%s] %3d%% %,d/%,d", step, "#".repeat(filled), "-".repeat(WIDTH - filled),
                    percent, done, total);
            out.flush();
        } else if (percent % 25 == 0) {
            out.printf("  %s: %d%% (%,d/%,d)%n", step, percent, done, total);
        }
    }

    /** Ends the current step's line with how long it took. */
    public void finishLine() {
        if (!step.isEmpty()) {
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stepStarted);
            out.print(terminal && lastPercent >= 0 ? "  " + seconds + " s\n" : "  " + step + ": done in " + seconds
                    + " s\n");
        }
        step = "";
        lastPercent = -1;
    }
}
