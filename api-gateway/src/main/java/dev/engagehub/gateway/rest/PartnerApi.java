package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.client.ServicePaths.id;

import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import dev.engagehub.gateway.webhook.Partner;
import dev.engagehub.gateway.webhook.Partners;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admin: the community's partners (webhook senders), their secrets, and their users' member links. */
@Path("/api/v1/communities/{communityId}/partners")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class PartnerApi {
    private final Partners partners;
    private final Caller caller;

    PartnerApi(Partners partners, Caller caller) {
        this.partners = partners;
        this.caller = caller;
    }

    public record NewPartner(@NotBlank @Size(max = 200) String name, @NotBlank String provider) {
    }

    /** A partner as admins see it; the secret only in the answer that created it. */
    public record PartnerView(String id, String name, String provider, boolean active, Instant createdAt,
                              String webhookPath, String secret) {
        static PartnerView of(Partner partner, boolean withSecret) {
            return new PartnerView(partner.id, partner.name, partner.provider, partner.active, partner.createdAt,
                    "/webhooks/" + partner.id, withSecret ? partner.secret : null);
        }
    }

    public record MemberLink(@NotBlank @Size(max = 128) String memberId) {
    }

    @POST
    @Operation(summary = "Admin: add a partner (provider generic, github, stripe or twitch); the secret is shown once")
    public Response create(@PathParam("communityId") String c, @Valid @NotNull NewPartner body) {
        caller.requireAdmin(c);
        Partner partner = partners.create(id("communityId", c), body.name(), body.provider(), caller.id());
        return Response.created(URI.create("/api/v1/communities/" + c + "/partners/" + partner.id))
                .entity(PartnerView.of(partner, true)).build();
    }

    @GET
    @Operation(summary = "Admin: the community's partners (without secrets)")
    public List<PartnerView> list(@PathParam("communityId") String c) {
        caller.requireAdmin(c);
        return partners.of(c).stream().map(partner -> PartnerView.of(partner, false)).toList();
    }

    @DELETE
    @Path("/{partnerId}")
    @Operation(summary = "Admin: deactivate a partner; its webhooks are refused from then on")
    public Response deactivate(@PathParam("communityId") String c, @PathParam("partnerId") String partnerId) {
        caller.requireAdmin(c);
        partners.deactivate(c, partnerId, caller.id());
        return Response.noContent().build();
    }

    @PUT
    @Path("/{partnerId}/members/{externalId}")
    @Operation(summary = "Admin: say which member a partner's user is")
    public Response link(@PathParam("communityId") String c, @PathParam("partnerId") String partnerId,
                         @PathParam("externalId") String externalId, @Valid @NotNull MemberLink body) {
        caller.requireAdmin(c);
        partners.link(c, partnerId, externalId, id("memberId", body.memberId()), caller.id());
        return Response.noContent().build();
    }
}
