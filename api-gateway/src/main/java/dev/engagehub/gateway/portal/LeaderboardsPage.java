package dev.engagehub.gateway.portal;

import static dev.engagehub.gateway.client.ServicePaths.community;

import dev.engagehub.gateway.portal.Backend.Service;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The live boards, per window and segment, a page at a time; the board refreshes itself. */
@Path("/portal/c/{c}/leaderboards")
@Produces(MediaType.TEXT_HTML)
public class LeaderboardsPage {
    static final List<String> WINDOWS = List.of("day", "week", "month", "all");
    private static final int PAGE_SIZE = 25;

    private final Backend backend;
    private final Pages pages;
    private final PortalUser user;

    LeaderboardsPage(Backend backend, Pages pages, PortalUser user) {
        this.backend = backend;
        this.pages = pages;
        this.user = user;
    }

    @GET
    public Response page(@PathParam("c") String c, @RestQuery String window, @RestQuery String segment,
                         @RestQuery Integer page) {
        user.caller().requireAdmin(c);
        Map<String, Object> data = boardData(c, window, segment, page);
        Map<?, ?> rules = (Map<?, ?>) backend.read(Service.POINTS, community(c, "rules"), Map.of(), user.id());
        data.put("segments", rules.get("segments"));
        data.put("windows", WINDOWS);
        return pages.page(200, "leaderboards", c, user, data);
    }

    @GET
    @Path("/board")
    public Response board(@PathParam("c") String c, @RestQuery String window, @RestQuery String segment,
                          @RestQuery Integer page) {
        user.caller().requireAdmin(c);
        return pages.fragment("leaderboard-board", boardData(c, window, segment, page));
    }

    private Map<String, Object> boardData(String c, String window, String segment, Integer page) {
        String shown = window != null && WINDOWS.contains(window) ? window : "week";
        int number = page == null || page < 1 ? 1 : page;
        Map<String, String> query = new HashMap<>();
        query.put("offset", String.valueOf((number - 1) * PAGE_SIZE));
        query.put("limit", String.valueOf(PAGE_SIZE));
        query.put("segment", segment);
        Map<?, ?> board = (Map<?, ?>) backend.read(Service.POINTS, community(c, "leaderboards", shown), query,
                user.id());
        long total = ((Number) board.get("total")).longValue();
        Map<String, Object> data = new HashMap<>();
        data.put("community", c);
        data.put("window", shown);
        data.put("segment", segment == null ? "" : segment);
        data.put("board", board);
        data.put("page", number);
        data.put("previous", number > 1 ? number - 1 : null);
        data.put("next", (long) number * PAGE_SIZE < total ? number + 1 : null);
        return data;
    }
}
