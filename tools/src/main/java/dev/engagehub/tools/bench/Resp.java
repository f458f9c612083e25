package dev.engagehub.tools.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal Redis (RESP2) connection for the benchmark: commands can be sent one at a time or pipelined,
 * which is exactly the difference the benchmark measures. Not thread-safe: one per thread.
 */
final class Resp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Resp(String host, int port) {
        try {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis at " + host + ":" + port + " did not answer", e);
        }
    }

    /** One command, one round trip. */
    Object call(String... command) {
        send(command);
        flush();
        return read();
    }

    /** Queues a command; its reply is read by {@link #replies}. */
    void send(String... command) {
        try {
            out.write(("*" + command.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (String part : command) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                out.write(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.write('\r');
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends what was queued and reads {@code count} replies. */
    List<Object> replies(int count) {
        flush();
        List<Object> replies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            replies.add(read());
        }
        return replies;
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object read() {
        try {
            int type = in.read();
            String line = line();
            return switch (type) {
                case '+' -> line;
                case '-' -> throw new IllegalStateException("Redis: " + line);
                case ':' -> Long.parseLong(line);
                case '$' -> bulk(Integer.parseInt(line));
                case '*' -> {
                    int size = Integer.parseInt(line);
                    List<Object> items = new ArrayList<>(Math.max(size, 0));
                    for (int i = 0; i < size; i++) {
                        items.add(read());
                    }
                    yield size < 0 ? null : items;
                }
                default -> throw new IllegalStateException("unexpected Redis reply type " + type);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length + 2);
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            line.append((char) c);
        }
        in.read();
        return line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }
}
