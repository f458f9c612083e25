package dev.engagehub.bot.interaction;

import java.util.List;

/**
 * What the bot answers, independent of how it reaches Discord (gateway callback, HTTP response, follow-up
 * edit, DM or channel message).
 *
 * @param update   for a button or modal on a message: replace that message instead of sending a new one
 * @param modal    ask the member for input instead of answering (only as the first response)
 */
public record Reply(String content, List<Embed> embeds, List<List<Button>> rows, boolean ephemeral, boolean update,
                    Modal modal) {
    public Reply {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public static Reply text(String content) {
        return new Reply(content, List.of(), List.of(), false, false, null);
    }

    public static Reply of(Embed embed) {
        return new Reply(null, List.of(embed), List.of(), false, false, null);
    }

    /** A personal, visible-only-to-you message saying what went wrong and what to do instead. */
    public static Reply problem(String message) {
        return of(Embed.of("Couldn't do that", message).color(Embed.RED)).privately();
    }

    public static Reply modal(Modal modal) {
        return new Reply(null, List.of(), List.of(), true, false, modal);
    }

    public Reply privately() {
        return new Reply(content, embeds, rows, true, update, modal);
    }

    /** Replaces the message the button was on. */
    public Reply asUpdate() {
        return new Reply(content, embeds, rows, ephemeral, true, modal);
    }

    public Reply withRow(Button... buttons) {
        List<List<Button>> more = new java.util.ArrayList<>(rows);
        more.add(List.of(buttons));
        return new Reply(content, embeds, more, ephemeral, update, modal);
    }

    public Reply withoutButtons() {
        return new Reply(content, embeds, List.of(), ephemeral, update, modal);
    }

    /** A button on a message. Its custom id is {@code handler:arg:arg…}, routed back to the handler. */
    public record Button(String customId, String label, Style style, boolean disabled) {
        public enum Style {
            PRIMARY(1), SECONDARY(2), SUCCESS(3), DANGER(4);

            final int code;

            Style(int code) {
                this.code = code;
            }
        }

        public static Button of(String label, Style style, String... customIdParts) {
            return new Button(String.join(":", customIdParts), label, style, false);
        }

        public Button disabled(boolean disabled) {
            return new Button(customId, label, style, disabled);
        }
    }

    /** A form of up to five text inputs. */
    public record Modal(String customId, String title, List<TextInput> inputs) {
        public Modal {
            inputs = List.copyOf(inputs);
        }
    }

    public record TextInput(String id, String label, boolean paragraph, boolean required, int maxLength,
                            String placeholder) {
    }
}
