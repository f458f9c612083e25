package dev.engagehub.rewards.domain;

import dev.engagehub.kit.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** Discount codes as admins upload them: one per line, or the first column of a CSV export. */
public final class CodeList {
    public static final int MAX_CODES = 100_000;
    private static final int MAX_LENGTH = 200;

    private CodeList() {
    }

    /** The codes in {@code text}; a bad line refuses the whole upload, naming the line. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("no-codes", "the body holds no codes: send one code per line");
        }
        List<String> codes = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String code = firstColumn(lines[i]);
            if (code.isEmpty() || (i == 0 && code.equalsIgnoreCase("code"))) {
                continue;
            }
            if (code.length() > MAX_LENGTH || code.codePoints().anyMatch(c -> Character.isISOControl(c)
                    || Character.isWhitespace(c))) {
                throw ProblemException.badRequest("invalid-code", "line " + (i + 1) + ": a code is 1-" + MAX_LENGTH
                        + " characters without spaces or control characters");
            }
            codes.add(code);
            if (codes.size() > MAX_CODES) {
                throw ProblemException.badRequest("too-many-codes", "upload at most " + MAX_CODES + " codes at once");
            }
        }
        if (codes.isEmpty()) {
            throw ProblemException.badRequest("no-codes", "the body holds no codes: send one code per line");
        }
        return codes;
    }

    private static String firstColumn(String line) {
        int comma = line.indexOf(',');
        String cell = (comma < 0 ? line : line.substring(0, comma)).strip();
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).strip() : cell;
    }
}
