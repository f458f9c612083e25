package dev.engagehub.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by each process of the platform, from {@code /proc}: on a shared, noisy machine how fast a phase
 * runs varies from run to run far more than what it costs, so the cost is what two versions are compared on.
 * PostgreSQL is all its processes together, including backends that have exited (their parent collects them).
 */
final class CpuMeter {
    /** Linux reports process times in USER_HZ, 100 on every architecture the platform runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Path pidsDir;

    CpuMeter(Path pidsDir) {
        this.pidsDir = pidsDir;
    }

    /** Ticks so far per process name: the platform's own (from their pid files), postgresql, redis and the bench. */
    Map<String, Long> sample() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        if (Files.isDirectory(pidsDir)) {
            try (Stream<Path> pids = Files.list(pidsDir)) {
                for (Path pidFile : pids.sorted().toList()) {
                    Stat stat = Stat.of(Files.readString(pidFile).trim());
                    if (stat != null) {
                        ticks.put(pidFile.getFileName().toString().replace(".pid", ""), stat.own());
                    }
                }
            }
        }
        Map<String, Long> servers = new HashMap<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path dir : all.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                Stat stat = Stat.of(dir.getFileName().toString());
                if (stat == null) {
                    continue;
                }
                if (stat.command().equals("postgres")) {
                    // The postmaster's children's times include every backend that came and went.
                    Stat parent = Stat.of(String.valueOf(stat.parent()));
                    boolean postmaster = parent == null || !parent.command().equals("postgres");
                    servers.merge("postgresql", stat.own() + (postmaster ? stat.children() : 0), Long::sum);
                } else if (stat.command().equals("redis-server")) {
                    servers.merge("redis", stat.own(), Long::sum);
                }
            }
        }
        ticks.putAll(servers);
        Stat self = Stat.of(String.valueOf(ProcessHandle.current().pid()));
        if (self != null) {
            ticks.put("bench itself", self.own());
        }
        return ticks;
    }

    /** CPU milliseconds each process spent between two samples, per {@code units} of work. */
    static Map<String, Double> millisPer(Map<String, Long> before, Map<String, Long> after, double units) {
        Map<String, Double> cost = new LinkedHashMap<>();
        after.forEach((name, ticks) -> {
            Long was = before.get(name);
            if (was != null) {
                cost.put(name, (ticks - was) * 1000 / TICKS_PER_SECOND / units);
            }
        });
        return cost;
    }

    /** The fields of {@code /proc/<pid>/stat} the meter needs; null for a process that is gone. */
    private record Stat(String command, long parent, long own, long children) {
        static Stat of(String pid) {
            String line;
            try {
                line = Files.readString(Path.of("/proc", pid, "stat"));
            } catch (IOException | RuntimeException gone) {
                return null;
            }
            // The command sits in parentheses and may itself contain spaces or parentheses.
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            if (open < 0 || close < open) {
                return null;
            }
            List<String> fields = List.of(line.substring(close + 2).trim().split(" "));
            // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
            return new Stat(line.substring(open + 1, close), Long.parseLong(fields.get(1)),
                    Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12)),
                    Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14)));
        }
    }
}
