package dev.engagehub.gateway.portal;

import static dev.engagehub.gateway.client.ServicePaths.community;
import static dev.engagehub.gateway.client.ServicePaths.id;

import dev.engagehub.events.Identifiers;
import dev.engagehub.gateway.portal.Backend.Outcome;
import dev.engagehub.gateway.portal.Backend.Service;
import io.vertx.core.http.HttpMethod;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The reward catalog: create and change rewards, their stock, eligibility and availability; upload codes. */
@Path("/portal/c/{c}/rewards")
@Produces(MediaType.TEXT_HTML)
public class RewardsPage {
    static final List<String> KINDS = List.of("DIGITAL_PERK", "DISCOUNT_CODE", "MERCH", "PARTNER_OFFER", "CUSTOM");
    private static final long MAX_CODES_BYTES = 4L * 1024 * 1024;

    private final Backend backend;
    private final Pages pages;
    private final PortalUser user;

    RewardsPage(Backend backend, Pages pages, PortalUser user) {
        this.backend = backend;
        this.pages = pages;
        this.user = user;
    }

    @GET
    public Response list(@PathParam("c") String c, @RestQuery String done) {
        user.caller().requireAdmin(c);
        return show(200, c, done, null, Map.of("visible", "on", "kind", "DIGITAL_PERK"), Map.of());
    }

    @GET
    @Path("/{key}")
    public Response edit(@PathParam("c") String c, @PathParam("key") String key, @RestQuery String done) {
        user.caller().requireAdmin(c);
        Map<?, ?> view = (Map<?, ?>) backend.read(Service.REWARDS, community(c, "rewards", id("key", key)), Map.of(),
                user.id());
        return show(200, c, done, view, formOf((Map<?, ?>) view.get("reward")), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        String key = form.required("key", "A key");
        if (key != null && !Identifiers.isValid(key)) {
            form.error("key", "A key is " + Identifiers.RULE + ".");
        }
        Map<String, Object> body = body(form);
        boolean editing = form.checked("editing");
        if (form.valid()) {
            Outcome outcome = backend.write(Service.REWARDS, HttpMethod.PUT, community(c, "rewards", key), user.id(),
                    body, Map.of());
            if (outcome.ok()) {
                return Pages.done(base(c), "Reward '" + body.get("name") + "' " + (outcome.status() == 201
                        ? "created." : "saved."));
            }
            outcome.fieldErrors().forEach((field, message) -> form.error(field.replaceAll("^.*\\.", ""), message));
            if (outcome.fieldErrors().isEmpty()) {
                form.error(editing ? "name" : "key", outcome.message());
            }
        }
        Map<?, ?> existing = editing && key != null && Identifiers.isValid(key) ? reward(c, key) : null;
        return show(422, c, null, existing, form.values(), form.errors());
    }

    @POST
    @Path("/{key}/codes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadCodes(@PathParam("c") String c, @PathParam("key") String key,
                                @RestForm("codes") FileUpload file) {
        user.caller().requireAdmin(c);
        Map<?, ?> existing = reward(c, key);
        String problem = null;
        if (file == null || file.size() == 0) {
            problem = "Choose a CSV or text file with one code per line.";
        } else if (file.size() > MAX_CODES_BYTES) {
            problem = "That file is over 4 MB; upload the codes in parts.";
        } else {
            Outcome outcome = backend.write(Service.REWARDS, HttpMethod.POST, community(c, "rewards", key, "codes"),
                    user.id(), read(file), Map.of());
            if (outcome.ok()) {
                Map<?, ?> upload = (Map<?, ?>) outcome.body();
                return Pages.done(base(c) + "/" + key, upload.get("added") + " codes added (" + upload.get("duplicates")
                        + " already there); the pool holds " + upload.get("poolSize") + ".");
            }
            problem = outcome.message();
        }
        return show(422, c, null, existing, formOf((Map<?, ?>) existing.get("reward")), Map.of("codes", problem));
    }

    @POST
    @Path("/{key}/delete")
    public Response delete(@PathParam("c") String c, @PathParam("key") String key) {
        user.caller().requireAdmin(c);
        Outcome outcome = backend.write(Service.REWARDS, HttpMethod.DELETE, community(c, "rewards", id("key", key)),
                user.id(), null, Map.of());
        if (outcome.ok()) {
            return Pages.done(base(c), "Reward '" + key + "' deleted.");
        }
        Map<?, ?> existing = reward(c, key);
        return show(409, c, null, existing, formOf((Map<?, ?>) existing.get("reward")),
                Map.of("delete", outcome.message()));
    }

    private Response show(int status, String c, String done, Map<?, ?> editing, Map<String, ?> typed,
                          Map<String, String> errors) {
        Map<String, Object> data = new HashMap<>();
        data.put("rewards", backend.read(Service.REWARDS, community(c, "rewards"), Map.of("includeHidden", "true"),
                user.id()));
        data.put("editing", editing);
        data.put("form", typed);
        data.put("errors", errors);
        data.put("kinds", KINDS);
        data.put("done", done);
        return pages.page(status, "rewards", c, user, data);
    }

    private Map<?, ?> reward(String c, String key) {
        return (Map<?, ?>) backend.read(Service.REWARDS, community(c, "rewards", id("key", key)), Map.of(), user.id());
    }

    /** The service's JSON body from the form; blank optional fields are left out. */
    private static Map<String, Object> body(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.required("name", "A name"));
        body.put("description", form.text("description") == null ? "" : form.text("description"));
        String kind = form.required("kind", "A kind");
        if (kind != null && !KINDS.contains(kind)) {
            form.error("kind", "Choose one of the kinds listed.");
        }
        body.put("kind", kind);
        body.put("cost", form.requiredNumber("cost", "The cost", 1, 100_000_000));
        body.put("stock", form.number("stock", "Stock", 0, Integer.MAX_VALUE));
        body.put("perMemberLimit", form.number("perMemberLimit", "The limit per member", 1, Integer.MAX_VALUE));
        body.put("availableFrom", form.dateTime("availableFrom", "Available from"));
        body.put("availableUntil", form.dateTime("availableUntil", "Available until"));
        Long minLevel = form.number("minLevel", "The minimum level", 0, 1_000);
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("minLevel", minLevel == null ? 0 : minLevel);
        eligibility.put("requiredBadge", form.text("requiredBadge"));
        eligibility.put("requiredRole", form.text("requiredRole"));
        body.put("eligibility", eligibility);
        Map<String, Object> fulfilment = new LinkedHashMap<>();
        fulfilment.put("roleId", form.text("roleId"));
        fulfilment.put("roleDurationDays", form.number("roleDurationDays", "The role's days", 1, 3_650));
        fulfilment.put("instructions", form.text("instructions"));
        fulfilment.put("requiresApproval", form.checked("requiresApproval"));
        body.put("fulfilment", fulfilment);
        body.put("visible", form.checked("visible"));
        body.put("imageUrl", form.text("imageUrl"));
        return body;
    }

    /** A saved reward as the form's fields. */
    private static Map<String, Object> formOf(Map<?, ?> reward) {
        Map<String, Object> form = new HashMap<>();
        for (String field : List.of("key", "name", "description", "kind", "cost", "stock", "perMemberLimit",
                "imageUrl")) {
            form.put(field, text(reward.get(field)));
        }
        form.put("availableFrom", local(reward.get("availableFrom")));
        form.put("availableUntil", local(reward.get("availableUntil")));
        Map<?, ?> eligibility = (Map<?, ?>) reward.get("eligibility");
        Map<?, ?> fulfilment = (Map<?, ?>) reward.get("fulfilment");
        if (eligibility != null) {
            form.put("minLevel", text(eligibility.get("minLevel")));
            form.put("requiredBadge", text(eligibility.get("requiredBadge")));
            form.put("requiredRole", text(eligibility.get("requiredRole")));
        }
        if (fulfilment != null) {
            form.put("roleId", text(fulfilment.get("roleId")));
            form.put("roleDurationDays", text(fulfilment.get("roleDurationDays")));
            form.put("instructions", text(fulfilment.get("instructions")));
            form.put("requiresApproval", Boolean.TRUE.equals(fulfilment.get("requiresApproval")) ? "on" : "");
        }
        form.put("visible", Boolean.TRUE.equals(reward.get("visible")) ? "on" : "");
        form.put("editing", "on");
        return form;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String local(Object instant) {
        return instant == null ? "" : Instant.parse(instant.toString()).atOffset(ZoneOffset.UTC).toLocalDateTime()
                .toString();
    }

    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String base(String c) {
        return "/portal/c/" + c + "/rewards";
    }
}
