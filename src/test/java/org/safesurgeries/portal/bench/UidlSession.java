package org.safesurgeries.portal.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser tab on the portal, speaking Vaadin's HTTP protocol as the Flow client does (recorded from headless
 * Chromium): the page's HTML, {@code ?v-r=init} for the UI, then UIDL messages carrying the CSRF token, the last
 * {@code syncId} and the next {@code clientId}. A cookie jar of its own, so each tab is its own HTTP session.
 * Not thread-safe: one thread drives a tab at a time, as one person does.
 */
final class UidlSession {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final Latencies latencies;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UidlTree tree = new UidlTree();
    private String csrfToken;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private JsonNode lastResponse;

    UidlSession(URI base, Latencies latencies) {
        this.base = base;
        this.latencies = latencies;
    }

    UidlTree page() {
        return tree;
    }

    JsonNode lastResponse() {
        return lastResponse;
    }

    /** Signs in through the login page's form, as Vaadin's LoginForm posts it; false if the portal refused. */
    boolean signIn(String email, String password) throws IOException, InterruptedException {
        String html = open("login");
        var csrf = CSRF_META.matcher(html);
        if (!csrf.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        unload();
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(email) + "&password=" + encode(password);
        var response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                        .ofString(form)), "sign-in");
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("/login");
    }

    /** Opens a page as a browser does when the address is typed: its HTML, a new UI for it, its first render. */
    String open(String path) throws IOException, InterruptedException {
        String html = send(HttpRequest.newBuilder(base.resolve(path)).GET(), "page").body();
        String[] parts = path.split("\\?", 2);
        String init = "?v-r=init&location=" + encode(parts[0]) + "&query=" + encode(parts.length > 1 ? parts[1] : "")
                + "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                + ThreadLocalRandom.current().nextDouble() + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
                + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
                + "&v-wla=SUPPORTED&v-ws=false";
        var config = JSON.readTree(send(HttpRequest.newBuilder(base.resolve(init)).GET(), "init").body())
                .get("appConfig");
        var uidl = config.get("uidl");
        uiId = config.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.get("clientId").asInt();
        tree = new UidlTree();
        tree.apply(uidl.get("changes"));
        navigate("/" + parts[0], "", "navigate");
        return html;
    }

    /** A click on a router link: the browser's history changes, the server renders the new view. */
    JsonNode navigate(String route, String trigger, String label) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "")
                .put("appShellTitle", "Safe Surgery portal").put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return send(label, rpc().add(JSON.createObjectNode().put("type", "event").put("node", 1)
                .put("event", "ui-navigate").set("data", data)));
    }

    static ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    static ObjectNode event(UidlTree.Node node, String event) {
        var rpc = JSON.createObjectNode().put("type", "event").put("node", node.id).put("event", event);
        rpc.putObject("data");
        return rpc;
    }

    static ObjectNode click(UidlTree.Node node) {
        var rpc = event(node, "click");
        ((ObjectNode) rpc.get("data")).put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 390).put("event.clientY", 560)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 657)
                .put("event.screenX", 400);
        return rpc;
    }

    static ObjectNode sync(UidlTree.Node node, String property, JsonNode value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node.id).put("feature", 1)
                .put("property", property).set("value", value);
    }

    /** One UIDL round trip; the reply's changes are applied to the page. Fails on a server error or expiry. */
    JsonNode send(String label, ArrayNode rpc) throws IOException, InterruptedException {
        var message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        var response = post(label, message);
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(label + ": HTTP " + response.statusCode() + " " + body);
        }
        var reply = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (reply.isArray()) {
            reply = reply.get(0);
        }
        var meta = reply.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new IllegalStateException(label + ": the portal answered " + meta);
        }
        if (!reply.has("syncId") || !reply.has("clientId")) {
            throw new IllegalStateException(label + ": not a UIDL reply: " + abbreviated(body));
        }
        syncId = reply.get("syncId").asInt();
        clientId = reply.get("clientId").asInt();
        tree.apply(reply.get("changes"));
        lastResponse = reply;
        return reply;
    }

    /** The yardstick: a UIDL message with nothing in it, through the same handling as any other. */
    JsonNode empty(String label) throws IOException, InterruptedException {
        return send(label, rpc());
    }

    /** What the browser sends by beacon when it leaves the page: the UI is closed, its memory freed. */
    void unload() throws IOException, InterruptedException {
        var message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.set("rpc", rpc());
        message.put("syncId", syncId).put("clientId", clientId).put("UNLOAD", true);
        post("unload", message);
    }

    /** Forgets the page's elements (not the session), so a thousand idle tabs cost the load client little. */
    void forgetPage() {
        tree = new UidlTree();
        lastResponse = null;
    }

    private HttpResponse<String> post(String label, ObjectNode message) throws IOException, InterruptedException {
        String tag = latencies != null && latencies.tagged(label) ? "&bench=" + encode(label) : "";
        return send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId + tag))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())), label);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String label)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        long start = System.nanoTime();
        var response = HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (latencies != null) {
            latencies.record(label, start, nanos);
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
