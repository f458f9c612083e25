package dev.engagehub.bot.interaction;

import discord4j.discordjson.json.ApplicationCommandOptionChoiceData;
import discord4j.discordjson.json.ApplicationCommandOptionData;
import discord4j.discordjson.json.ApplicationCommandRequest;
import java.util.Arrays;

/** Small builders for command definitions, so each handler's definition reads like the command itself. */
public final class CommandDefinitions {
    public static final int SUB_COMMAND = 1;
    public static final int STRING = 3;
    public static final int INTEGER = 4;
    public static final int BOOLEAN = 5;
    public static final int USER = 6;
    public static final int CHANNEL = 7;
    public static final int ROLE = 8;
    public static final int NUMBER = 10;
    /** Discord hides admin commands from members without Manage Server; the router checks again. */
    private static final String MANAGE_GUILD = String.valueOf(1L << 5);

    private CommandDefinitions() {
    }

    public static ApplicationCommandRequest slashCommand(String name, String description,
                                                    ApplicationCommandOptionData... options) {
        return ApplicationCommandRequest.builder().name(name).description(description).dmPermission(false)
                .options(Arrays.asList(options)).build();
    }

    public static ApplicationCommandRequest adminCommand(String name, String description,
                                                         ApplicationCommandOptionData... options) {
        return ApplicationCommandRequest.builder().from(slashCommand(name, description, options))
                .defaultMemberPermissions(MANAGE_GUILD).build();
    }

    public static ApplicationCommandOptionData option(int type, String name, String description, boolean required) {
        return ApplicationCommandOptionData.builder().type(type).name(name).description(description)
                .required(required).build();
    }

    /** A text option Discord fills in with the command's suggestions as the member types. */
    public static ApplicationCommandOptionData suggested(String name, String description, boolean required) {
        return ApplicationCommandOptionData.builder().from(option(STRING, name, description, required))
                .autocomplete(true).build();
    }

    public static ApplicationCommandOptionData integer(String name, String description, boolean required,
                                                       long min, long max) {
        return ApplicationCommandOptionData.builder().from(option(INTEGER, name, description, required))
                .minValue((double) min).maxValue((double) max).build();
    }

    public static ApplicationCommandOptionData choice(String name, String description, boolean required,
                                                      String... values) {
        return ApplicationCommandOptionData.builder().from(option(STRING, name, description, required))
                .choices(Arrays.stream(values).map(value -> (ApplicationCommandOptionChoiceData)
                        ApplicationCommandOptionChoiceData.builder().name(value).value(value).build()).toList())
                .build();
    }

    public static ApplicationCommandOptionData subcommand(String name, String description,
                                                          ApplicationCommandOptionData... options) {
        return ApplicationCommandOptionData.builder().type(SUB_COMMAND).name(name).description(description)
                .options(Arrays.asList(options)).build();
    }
}
