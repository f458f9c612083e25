package dev.engagehub.bot.interaction;

import java.util.ArrayList;
import java.util.List;

/** A Discord embed: a titled card with a colour bar, fields and a footer. */
public record Embed(String title, String description, int color, List<Field> fields, String footer) {
    public static final int BRAND = 0x5865F2;
    public static final int GREEN = 0x57F287;
    public static final int GOLD = 0xFEE75C;
    public static final int RED = 0xED4245;

    public record Field(String name, String value, boolean inline) {
    }

    public Embed {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Embed of(String title, String description) {
        return new Embed(title, description, BRAND, List.of(), null);
    }

    public Embed color(int color) {
        return new Embed(title, description, color, fields, footer);
    }

    public Embed field(String name, String value, boolean inline) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value, inline));
        return new Embed(title, description, color, more, footer);
    }

    public Embed footer(String footer) {
        return new Embed(title, description, color, fields, footer);
    }
}
