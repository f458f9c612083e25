package dev.engagehub.gateway.webhook;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.Identifiers;
import dev.engagehub.kit.rest.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Partner webhooks: {@code POST /webhooks/{partnerId}}, in the dialect the partner was created with. Signed,
 * fresh, well-formed, for a known member and action: accepted once (202), a replay answered 200 with the same
 * event id. Everything else is refused with the reason, and nothing is published.
 */
@Path("/webhooks/{partnerId}")
public class WebhookResource {
    public static final int MAX_BODY = 64 * 1024;

    private final Partners partners;
    private final KnownActions actions;
    private final ActivityIntake intake;

    WebhookResource(Partners partners, KnownActions actions, ActivityIntake intake) {
        this.partners = partners;
        this.actions = actions;
        this.intake = intake;
    }

    public record Accepted(String status, String eventId) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Blocking
    @Operation(summary = "A partner's webhook delivery (signature per the partner's provider)")
    public Response deliver(@PathParam("partnerId") String partnerId, @Context HttpHeaders headers, byte[] body) {
        Partner partner = partners.active(partnerId)
                .orElseThrow(() -> new ProblemException(404, "unknown-partner", "Unknown partner",
                        "No active partner '" + partnerId + "'."));
        if (body.length > MAX_BODY) {
            throw new ProblemException(413, "body-too-large", "Body too large",
                    "Webhook bodies are limited to " + MAX_BODY / 1024 + " KiB.");
        }
        WebhookProvider provider = partners.provider(partner);
        WebhookRequest request = new WebhookRequest(flatten(headers), body, Instant.now());
        switch (provider.verify(request, partner.secret)) {
            case BAD_SIGNATURE -> throw new ProblemException(401, "invalid-signature", "Invalid signature",
                    "The " + provider.name() + " signature does not match this partner's secret.");
            case STALE -> throw new ProblemException(401, "stale-timestamp", "Stale delivery",
                    "The signed timestamp is more than " + WebhookProvider.TOLERANCE.toMinutes() + " minutes away.");
            default -> {
                // Signed and fresh.
            }
        }
        try {
            var handshake = provider.handshake(request);
            if (handshake.isPresent()) {
                return Response.ok(handshake.get(), MediaType.TEXT_PLAIN).build();
            }
            String deliveryId = provider.deliveryId(request);
            var event = provider.event(request);
            if (event.isEmpty()) {
                return Response.accepted(new Accepted("ignored", null)).build();
            }
            return accept(partner, deliveryId, event.get());
        } catch (MalformedWebhookException e) {
            throw ProblemException.badRequest("malformed-webhook", e.getMessage());
        }
    }

    private Response accept(Partner partner, String deliveryId, PartnerEvent event) {
        String member = event.memberId() != null ? event.memberId()
                : partners.memberFor(partner.id, event.externalUserId()).orElseThrow(() -> new ProblemException(422,
                "unknown-member", "Unknown member", "Partner user '" + event.externalUserId() + "' is not linked to "
                + "a member; an admin links it with PUT /api/v1/communities/" + partner.communityId + "/partners/"
                + partner.id + "/members/{externalId}."));
        if (!Identifiers.isValid(member) || !Identifiers.isValid(event.action())) {
            throw ProblemException.badRequest("malformed-webhook", "member and action must be identifiers ("
                    + Identifiers.RULE + ")");
        }
        actions.require(partner.communityId, event.action());
        ActivityRecorded activity;
        try {
            activity = new ActivityRecorded(event.action(), event.quantity(), null, List.of(), event.reference());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-webhook", e.getMessage());
        }
        ActivityIntake.Outcome outcome = intake.accept("partner:" + partner.id, deliveryId, partner.communityId,
                member, activity, event.occurredAt());
        return outcome.duplicate() ? Response.ok(new Accepted("duplicate", outcome.eventId().toString())).build()
                : Response.accepted(new Accepted("accepted", outcome.eventId().toString())).build();
    }

    private static Map<String, String> flatten(HttpHeaders headers) {
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.get(0)));
        return flat;
    }
}
