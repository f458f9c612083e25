package dev.engagehub.bot.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import discord4j.common.JacksonResources;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every command the bot offers, and a version of the set so guilds are re-registered only when it changes. */
@ApplicationScoped
public class CommandCatalog {
    private final Map<String, CommandHandler> handlers;
    private final List<ApplicationCommandRequest> definitions;
    private final String version;

    CommandCatalog(@All List<CommandHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toMap(CommandHandler::name, Function.identity()));
        this.definitions = handlers.stream().map(CommandHandler::definition)
                .sorted(Comparator.comparing(ApplicationCommandRequest::name)).toList();
        this.version = digest(definitions);
    }

    public Optional<CommandHandler> handler(String name) {
        return Optional.ofNullable(handlers.get(name));
    }

    public List<ApplicationCommandRequest> definitions() {
        return definitions;
    }

    public String version() {
        return version;
    }

    private static String digest(List<ApplicationCommandRequest> definitions) {
        try {
            byte[] json = JacksonResources.create().getObjectMapper().writeValueAsBytes(definitions);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the command catalog", e);
        }
    }
}
