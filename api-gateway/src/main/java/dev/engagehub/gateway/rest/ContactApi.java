package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.client.ServicePaths.id;

import dev.engagehub.gateway.email.MemberContacts;
import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import dev.engagehub.kit.rest.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A member's email address and whether they want email (reward news, reviews, reminders, the weekly digest). */
@Path("/api/v1/communities/{communityId}/members/{memberId}/contact")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class ContactApi {
    private final MemberContacts contacts;
    private final Caller caller;

    ContactApi(MemberContacts contacts, Caller caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    public record ContactBody(String email, Boolean wantsEmail) {
    }

    @GET
    @Operation(summary = "The member's email and notification choice")
    public MemberContacts.Contact get(@PathParam("communityId") String c, @PathParam("memberId") String m) {
        caller.requireSelfOrAdmin(c, m);
        return contacts.find(c, m).orElseThrow(() -> ProblemException.notFound("contact", m));
    }

    @PUT
    @Operation(summary = "Member: set the email address and whether to get email")
    public MemberContacts.Contact put(@PathParam("communityId") String c, @PathParam("memberId") String m,
                                      @NotNull ContactBody body) {
        caller.requireSelf(c, m);
        return contacts.save(c, id("memberId", m), body.email(), body.wantsEmail() == null || body.wantsEmail());
    }

    @DELETE
    @Operation(summary = "Member or admin: forget the member's email address")
    public Response delete(@PathParam("communityId") String c, @PathParam("memberId") String m) {
        caller.requireSelfOrAdmin(c, m);
        contacts.remove(c, m);
        return Response.noContent().build();
    }
}
