package dev.engagehub.bot.interaction;

/** One suggestion while a member types an option (Discord shows up to 25). */
public record Choice(String name, String value) {
    public static final int MAX = 25;

    public Choice {
        name = name.length() <= 100 ? name : name.substring(0, 99) + "…";
    }
}
