package dev.engagehub.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./engagehub token}, run as a developer runs it, with its key pair kept in {@code stateDir}: tests that
 * sign in this way exercise the dev token command and its keys.
 */
public final class DevTokenCommand {
    private DevTokenCommand() {
    }

    /** A token for {@code role} (and {@code community}, unless null) made by the script at the project root. */
    public static String token(Path stateDir, String role, String community, String subject) {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "engagehub").toString(), "token",
                "--role", role, "--sub", subject));
        if (community != null) {
            command.addAll(List.of("--community", community));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ENGAGEHUB_STATE_DIR", stateDir.toString());
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("engagehub token failed: " + err);
            }
            return out.lines().reduce((first, second) -> second).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
