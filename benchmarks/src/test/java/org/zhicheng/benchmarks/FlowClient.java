package org.zhicheng.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab's worth of Vaadin Flow 23's own client protocol, without a browser, for holding many server sessions
 * at once (issue 16 item 3): what the page's Flow client sends. A page is opened as the browser opens it: the page
 * (index.html), Flow's init request ({@code ?v-r=init}, which makes the UI) and the router's {@code connectClient} call,
 * which renders the route into the UI's state tree; events go as RPC to {@code ?v-r=uidl}. The session is its
 * JSESSIONID cookie, kept here (one HttpClient serves every session).
 */
final class FlowClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUARD = "for(;;);";

    private final HttpClient http;
    private final String base;
    private String cookie;
    private int uiId;
    private String csrf;
    private int syncId;
    private int clientId;
    private String appId;
    /** The changes of the page as last opened (and of the RPC answers since). */
    private final ArrayNode changes = JSON.createArrayNode();

    FlowClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the route as a page load does; the state tree changes it rendered, as JSON text. */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(route)).GET());
        require(page, "the page " + route);
        // relative to the page's <base href>, the servlet's root, whatever the route
        String query = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
        HttpResponse<String> init = send(HttpRequest.newBuilder(uri(query)).GET());
        require(init, "Flow's init of " + route);
        if (!init.body().startsWith("{")) {
            throw new IllegalStateException("Flow's init of " + route + " answered no JSON: "
                    + init.body().substring(0, Math.min(200, init.body().length())));
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        appId = config.path("appId").asText();
        csrf = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        changes.removeAll();
        add(uidl);
        // the router's navigation (Flow.js: flowRoot.$server.connectClient(tag, id, path, query, title, history.state))
        ObjectNode connect = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", 1)
                .put("templateEventMethodName", "connectClient").put("promise", 0);
        connect.putArray("templateEventMethodArgs").add("flow-container-" + appId.toLowerCase(java.util.Locale.ROOT)).add(appId)
                .add(route).add("").add("").addNull();
        return rpc(connect).toString();
    }

    /** Sends the DOM event to the first node of the tag, with the event data the listener asked for. */
    JsonNode event(String tag, String event, ObjectNode data) throws IOException, InterruptedException {
        int node = nodeOf(tag).orElseThrow(() -> new IllegalStateException("no <" + tag + "> on the page"));
        return rpc(JSON.createObjectNode().put("type", "event").put("node", node).put("event", event).set("data", data));
    }

    static ObjectNode data() {
        return JSON.createObjectNode();
    }

    /**
     * Selects the tab of the id as a click does: the vaadin-tabs element's {@code selected} property synchronised to the
     * tab's index among its children (Flow's map sync), which LazyTabs answers with the tab's part; whether the page
     * changed (false also when the page has no such tab).
     */
    boolean selectTab(String tabId) throws IOException, InterruptedException {
        Optional<Integer> found = nodeWith("id", tabId);
        if (found.isEmpty()) {
            return false;
        }
        int tab = found.get();
        for (JsonNode change : changes) {
            if ("splice".equals(change.path("type").asText()) && contains(change.path("addNodes"), tab)) {
                int tabs = change.path("node").asInt();
                int index = children(tabs).indexOf(tab);
                return !rpc(JSON.createObjectNode().put("type", "mSync").put("node", tabs).put("feature", 1)
                        .put("property", "selected").put("value", index)).path("changes").isEmpty();
            }
        }
        throw new IllegalStateException("the tab " + tabId + " is in no tab strip");
    }

    private static boolean contains(JsonNode array, int node) {
        for (JsonNode n : array) {
            if (n.asInt() == node) {
                return true;
            }
        }
        return false;
    }

    /** The node's children as the splices since the page was opened left them. */
    private List<Integer> children(int node) {
        List<Integer> children = new java.util.ArrayList<>();
        for (JsonNode change : changes) {
            if (change.path("node").asInt() == node && "splice".equals(change.path("type").asText())) {
                int index = change.path("index").asInt();
                for (int i = 0; i < change.path("remove").asInt(0); i++) {
                    children.remove(index);
                }
                List<Integer> added = new java.util.ArrayList<>();
                change.path("addNodes").forEach(n -> added.add(n.asInt())); // Flow's splice of child nodes
                children.addAll(index, added);
            }
        }
        return children;
    }

    /** The state tree node of the first element of the tag among the changes since the page was opened. */
    Optional<Integer> nodeOf(String tag) {
        return nodeWith("tag", tag);
    }

    /** The first node given the key's value (a tag, an id attribute) since the page was opened. */
    private Optional<Integer> nodeWith(String key, String value) {
        for (JsonNode change : changes) {
            if (key.equals(change.path("key").asText()) && value.equals(change.path("value").asText())) {
                return Optional.of(change.path("node").asInt());
            }
        }
        return Optional.empty();
    }

    private JsonNode rpc(JsonNode invocation) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", syncId).put("clientId", clientId);
        body.putArray("rpc").add(invocation);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        require(answer, "an RPC to UI " + uiId);
        String text = answer.body().startsWith(GUARD) ? answer.body().substring(GUARD.length()) : answer.body();
        JsonNode uidl = JSON.readTree(text);
        uidl = uidl.isArray() ? uidl.path(0) : uidl;
        if (uidl.has("meta") && uidl.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("the session expired: " + text);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        clientId++;
        add(uidl);
        return uidl;
    }

    private void add(JsonNode uidl) {
        uidl.path("changes").forEach(changes::add);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            if (set.startsWith("JSESSIONID=")) {
                cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
            }
        }
        return response;
    }

    private URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private static void require(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /** Whether the changes since the page was opened show an element with the id (attribute or property). */
    boolean shows(String id) {
        if (nodeWith("id", id).isPresent()) {
            return true;
        }
        // text-only parts come as markup (ui's StaticMarkup): the id inside innerHTML
        return changes.toString().contains("id=\\\"" + id + "\\\"") || changes.toString().contains("id=\"" + id + "\"");
    }

}
