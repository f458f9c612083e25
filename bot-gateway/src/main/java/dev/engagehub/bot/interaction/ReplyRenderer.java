package dev.engagehub.bot.interaction;

import discord4j.discordjson.json.ApplicationCommandOptionChoiceData;
import discord4j.discordjson.json.ComponentData;
import discord4j.discordjson.json.EmbedData;
import discord4j.discordjson.json.EmbedFieldData;
import discord4j.discordjson.json.EmbedFooterData;
import discord4j.discordjson.json.ImmutableEmbedData;
import discord4j.discordjson.json.ImmutableInteractionApplicationCommandCallbackData;
import discord4j.discordjson.json.ImmutableInteractionResponseData;
import discord4j.discordjson.json.ImmutableMessageCreateRequest;
import discord4j.discordjson.json.InteractionApplicationCommandCallbackData;
import discord4j.discordjson.json.InteractionResponseData;
import discord4j.discordjson.json.MessageCreateRequest;
import discord4j.discordjson.json.WebhookMessageEditRequest;
import discord4j.discordjson.possible.Possible;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Turns a {@link Reply} into Discord's JSON: interaction responses, edits and plain messages. */
@ApplicationScoped
public class ReplyRenderer {
    /** Interaction callback types (Discord API). */
    static final int PONG = 1;
    static final int MESSAGE = 4;
    static final int DEFERRED_MESSAGE = 5;
    static final int DEFERRED_UPDATE = 6;
    static final int UPDATE = 7;
    static final int AUTOCOMPLETE_RESULT = 8;
    static final int MODAL = 9;
    static final int EPHEMERAL = 1 << 6;
    private static final int ACTION_ROW = 1;
    private static final int BUTTON = 2;
    private static final int TEXT_INPUT = 4;

    public InteractionResponseData response(Reply reply) {
        if (reply.modal() != null) {
            return InteractionResponseData.builder().type(MODAL).data(modal(reply.modal())).build();
        }
        ImmutableInteractionApplicationCommandCallbackData.Builder data =
                InteractionApplicationCommandCallbackData.builder()
                        .content(Optional.ofNullable(reply.content()).orElse(""))
                        .embeds(reply.embeds().stream().map(ReplyRenderer::embed).toList())
                        .components(rows(reply.rows()));
        if (reply.ephemeral()) {
            data.flags(EPHEMERAL);
        }
        return InteractionResponseData.builder().type(reply.update() ? UPDATE : MESSAGE).data(data.build()).build();
    }

    /** "Thinking…": the answer follows as an edit. A button's deferral keeps its message until the edit. */
    public InteractionResponseData deferred(boolean component, boolean ephemeral) {
        if (component) {
            return InteractionResponseData.builder().type(DEFERRED_UPDATE).build();
        }
        ImmutableInteractionResponseData.Builder response = InteractionResponseData.builder().type(DEFERRED_MESSAGE);
        if (ephemeral) {
            response.data(InteractionApplicationCommandCallbackData.builder().flags(EPHEMERAL).build());
        }
        return response.build();
    }

    public InteractionResponseData choices(List<Choice> choices) {
        return InteractionResponseData.builder().type(AUTOCOMPLETE_RESULT)
                .data(InteractionApplicationCommandCallbackData.builder()
                        .choices(choices.stream().limit(Choice.MAX).map(choice -> (ApplicationCommandOptionChoiceData)
                                ApplicationCommandOptionChoiceData.builder().name(choice.name()).value(choice.value())
                                        .build()).toList())
                        .build())
                .build();
    }

    public InteractionResponseData pong() {
        return InteractionResponseData.builder().type(PONG).build();
    }

    public WebhookMessageEditRequest edit(Reply reply) {
        return WebhookMessageEditRequest.builder()
                .content(Possible.of(Optional.ofNullable(reply.content())))
                .embeds(Possible.of(Optional.of(reply.embeds().stream().map(ReplyRenderer::embed).toList())))
                .components(rows(reply.rows()))
                .build();
    }

    public ImmutableMessageCreateRequest.Builder message(Reply reply) {
        return MessageCreateRequest.builder()
                .content(Optional.ofNullable(reply.content()).orElse(""))
                .embeds(reply.embeds().stream().map(ReplyRenderer::embed).toList())
                .components(rows(reply.rows()));
    }

    private static InteractionApplicationCommandCallbackData modal(Reply.Modal modal) {
        return InteractionApplicationCommandCallbackData.builder()
                .customId(modal.customId())
                .title(modal.title())
                .components(modal.inputs().stream().map(input -> {
                    var field = ComponentData.builder().type(TEXT_INPUT).customId(input.id()).label(input.label())
                            .style(input.paragraph() ? 2 : 1).required(input.required())
                            .maxLength(input.maxLength());
                    if (input.placeholder() != null) {
                        field.placeholder(input.placeholder());
                    }
                    return (ComponentData) ComponentData.builder().type(ACTION_ROW).addComponent(field.build()).build();
                }).toList())
                .build();
    }

    private static List<ComponentData> rows(List<List<Reply.Button>> rows) {
        return rows.stream().map(row -> (ComponentData) ComponentData.builder().type(ACTION_ROW)
                .components(row.stream().map(button -> (ComponentData) ComponentData.builder().type(BUTTON)
                        .style(button.style().code).label(button.label()).customId(button.customId())
                        .disabled(button.disabled()).build()).toList())
                .build()).toList();
    }

    private static EmbedData embed(Embed embed) {
        ImmutableEmbedData.Builder data = EmbedData.builder().color(embed.color())
                .fields(embed.fields().stream().map(field -> (EmbedFieldData) EmbedFieldData.builder()
                        .name(field.name()).value(field.value()).inline(field.inline()).build()).toList());
        if (embed.title() != null) {
            data.title(embed.title());
        }
        if (embed.description() != null) {
            data.description(embed.description());
        }
        if (embed.footer() != null) {
            data.footer(EmbedFooterData.builder().text(embed.footer()).build());
        }
        return data.build();
    }
}
