package dev.engagehub.bot.interaction;

import discord4j.discordjson.json.ApplicationCommandInteractionData;
import discord4j.discordjson.json.ApplicationCommandInteractionOptionData;
import discord4j.discordjson.json.ComponentData;
import discord4j.discordjson.json.InteractionData;
import discord4j.discordjson.json.UserData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One interaction as Discord sent it (through the gateway or the HTTP endpoint), with readable accessors. */
public final class Interaction {
    public enum Kind { PING, COMMAND, COMPONENT, AUTOCOMPLETE, MODAL, UNKNOWN }

    private static final int SUB_COMMAND = 1;
    private static final long ADMINISTRATOR = 1L << 3;
    private static final long MANAGE_GUILD = 1L << 5;

    private final InteractionData data;
    private final ApplicationCommandInteractionData command;

    public Interaction(InteractionData data) {
        this.data = data;
        this.command = data.data().toOptional().orElse(null);
    }

    public long id() {
        return data.id().asLong();
    }

    public long applicationId() {
        return data.applicationId().asLong();
    }

    public String token() {
        return data.token();
    }

    public Kind kind() {
        return switch (data.type()) {
            case 1 -> Kind.PING;
            case 2 -> Kind.COMMAND;
            case 3 -> Kind.COMPONENT;
            case 4 -> Kind.AUTOCOMPLETE;
            case 5 -> Kind.MODAL;
            default -> Kind.UNKNOWN;
        };
    }

    /** The guild, i.e. the community; empty for interactions from DMs. */
    public Optional<String> guildId() {
        return data.guildId().toOptional().map(id -> id.asString());
    }

    public Optional<String> channelId() {
        return data.channelId().toOptional().map(id -> id.asString());
    }

    public String userId() {
        return user().id().asString();
    }

    public String userName() {
        UserData user = user();
        return user.globalName().orElse(user.username());
    }

    public Set<String> roleIds() {
        return data.member().toOptional().map(member -> member.roles().stream().map(id -> id.asString())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** Whether Discord says this member may manage the server (Administrator or Manage Server). */
    public boolean managesGuild() {
        long permissions = data.member().toOptional().flatMap(member -> member.permissions().toOptional())
                .map(Long::parseLong).orElse(0L);
        return (permissions & (ADMINISTRATOR | MANAGE_GUILD)) != 0;
    }

    public String commandName() {
        return command == null ? "" : command.name().toOptional().orElse("");
    }

    public Optional<String> subcommand() {
        return topOptions().stream().filter(option -> option.type() == SUB_COMMAND).findFirst()
                .map(ApplicationCommandInteractionOptionData::name);
    }

    /** An option's value as sent (user, role and channel options are ids). */
    public Optional<String> option(String name) {
        List<ApplicationCommandInteractionOptionData> options = topOptions().stream()
                .filter(option -> option.type() == SUB_COMMAND).findFirst()
                .map(sub -> sub.options().toOptional().orElse(List.of())).orElse(topOptions());
        return options.stream().filter(option -> option.name().equals(name)).findFirst()
                .flatMap(option -> option.value().toOptional());
    }

    /** What the member is typing into the option being autocompleted (empty string if nothing yet). */
    public String focusedOption() {
        return topOptions().stream().flatMap(option -> option.type() == SUB_COMMAND
                        ? option.options().toOptional().orElse(List.of()).stream() : java.util.stream.Stream.of(option))
                .filter(option -> option.focused().toOptional().orElse(false)).findFirst()
                .flatMap(option -> option.value().toOptional()).orElse("");
    }

    /** The custom id of the button pressed or the modal submitted. */
    public String customId() {
        return command == null ? "" : command.customId().toOptional().orElse("");
    }

    /** What the member typed into a modal, by input id. */
    public Map<String, String> modalValues() {
        Map<String, String> values = new HashMap<>();
        if (command != null) {
            collect(command.components().toOptional().orElse(List.of()), values);
        }
        return values;
    }

    public InteractionData data() {
        return data;
    }

    private UserData user() {
        return data.member().toOptional().map(member -> member.user())
                .orElseGet(() -> data.user().toOptional().orElseThrow(
                        () -> new IllegalArgumentException("interaction has neither member nor user")));
    }

    private List<ApplicationCommandInteractionOptionData> topOptions() {
        return command == null ? List.of() : command.options().toOptional().orElse(List.of());
    }

    private static void collect(List<ComponentData> components, Map<String, String> values) {
        for (ComponentData component : components) {
            component.customId().toOptional().ifPresent(id -> component.value().toOptional()
                    .ifPresent(value -> values.put(id, value)));
            collect(component.components().toOptional().orElse(List.of()), values);
            component.component().toOptional().ifPresent(child -> collect(List.of(child), values));
        }
    }
}
