package dev.engagehub.gateway.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;

/** Renders the portal's Qute templates inside the common layout, and the redirects after a form is saved. */
@ApplicationScoped
public class Pages {
    /** Served from the chart.js webjar; the version is filled in by the web dependency locator. */
    static final String CHART_JS = "/webjars/chart.js/dist/chart.umd.js";

    private final Engine engine;
    private final ObjectMapper json;

    Pages(Engine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    /** A whole page: {@code portal/<name>.html} with the layout's navigation for {@code community}. */
    public Response page(int status, String name, String community, PortalUser user, Map<String, Object> data) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("community", community);
        all.put("nav", name);
        all.put("userId", user.id());
        all.put("operator", user.isOperator());
        all.put("chartJs", CHART_JS);
        all.putIfAbsent("errors", Map.of());
        all.putIfAbsent("form", Map.of());
        return html(status, "portal/" + name, all);
    }

    /** A part of a page, for live refreshes. */
    public Response fragment(String name, Map<String, Object> data) {
        return html(200, "portal/" + name, data);
    }

    public Response html(int status, String template, Map<String, Object> data) {
        var instance = engine.getTemplate(template).instance();
        data.forEach(instance::data);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(instance.render())
                .build();
    }

    /** Back to a page after a write, with a line saying what was done. */
    public static Response done(String path, String message) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam("done", message).build()).build();
    }

    /** Data for a script, safe inside a {@code <script type="application/json">} element. */
    public RawString scriptJson(Object value) {
        try {
            return new RawString(json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
