package org.safesurgeries.portal.bench;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the people in the benchmark do, as the browser sends it: the practice manager logging registrations at the
 * desk, the reviewer opening the award review queue, a member of the public filtering the directory. Each finds
 * what it clicks by what the page shows and checks that the reply shows what the person would expect.
 */
final class PortalVisits {

    static final String PASSWORD = "safe-surgery-demo";
    static final String MANAGER = "manager@demo.safesurgery.example";
    static final String REVIEWER = "reviewer@demo.safesurgery.example";
    static final String REVIEWER_LIVED = "reviewer2@demo.safesurgery.example";
    static final String TRAINER = "trainer@demo.safesurgery.example";
    static final String ADMIN = "admin@demo.safesurgery.example";

    static final String EMPTY = "empty round trip (yardstick)";
    static final String TICK = "tally: tick a missing document";
    static final String LOG = "tally: log a registration";
    static final String CLOSE = "tally: notification closes";
    static final String HOME = "reviews: back to home";
    static final String QUEUE = "reviews: open the review queue";
    static final String CONFIRM = "reviews: grid confirms its rows";
    static final String FILTER = "directory: filter";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Pattern FOUND = Pattern.compile(
            "(\\d+) Safe Surger(?:y|ies) found\\.|No Safe Surgery matches this search\\..*");

    private PortalVisits() {
    }

    static UidlSession signedIn(UidlSession session, String email) throws IOException, InterruptedException {
        if (!session.signIn(email, PASSWORD)) {
            throw new IllegalStateException("The portal refused the sign-in of " + email);
        }
        return session;
    }

    /** The header's "Sign out": the portal ends the HTTP session and everything in it. */
    static void signOut(UidlSession session) throws IOException, InterruptedException {
        try {
            session.send("sign-out", UidlSession.rpc().add(UidlSession.click(session.page().require(
                    "vaadin-button", "Sign out"))));
        } catch (IllegalStateException e) {
            // The session ends while the click is handled, so the reply says so: that is the sign-out working.
            if (!e.getMessage().contains("sessionExpired")) {
                throw e;
            }
        }
    }

    /** The tally pages of the manager's practices, as the home page links them ("tally/12"). */
    static List<String> tallyPages(UidlSession manager) throws IOException, InterruptedException {
        manager.open("home");
        var pages = manager.page().findAll("a").stream()
                .filter(a -> manager.page().text(a).strip().equals("Registration tally") && a.attributes
                        .getOrDefault("href", "").startsWith("tally/"))
                .map(a -> a.attributes.get("href")).distinct().toList();
        if (pages.isEmpty()) {
            throw new IllegalStateException("The manager's home page links no tally page");
        }
        return pages;
    }

    /** The "Logged" figure of this month in the tally page's table (0 before the month's first registration). */
    static long loggedThisMonth(UidlTree page) {
        String month = YearMonth.now(ZoneId.of("Europe/London")).format(MONTH);
        for (var row : page.findAll("tr")) {
            var cells = page.children(row);
            if (cells.size() > 1 && page.text(cells.getFirst()).strip().equals(month)) {
                return Long.parseLong(page.text(cells.get(1)).strip());
            }
        }
        return 0;
    }

    /** At the desk: close the last confirmation, tick one missing document, press "Log registration". */
    static void logRegistration(UidlSession desk, int iteration) throws IOException, InterruptedException {
        var page = desk.page();
        var open = page.anywhere("vaadin-notification").filter(n -> n.flag("opened")).toList();
        if (!open.isEmpty()) {
            var close = UidlSession.rpc();
            for (var notification : open) {
                close.add(UidlSession.sync(notification, "opened", UidlSession.JSON.getNodeFactory()
                        .booleanNode(false))).add(UidlSession.event(notification, "opened-changed"));
            }
            desk.send(CLOSE, close);
        }
        var group = page.requireLabelled("vaadin-checkbox-group", "Could not provide");
        var boxes = page.elements().filter(n -> "vaadin-checkbox".equals(n.tag) && isInside(page, group, n))
                .toList();
        var box = boxes.get(iteration % boxes.size());
        String key = Optional.ofNullable(box.property("value")).orElse(Integer.toString(boxes.indexOf(box) + 1));
        var value = UidlSession.JSON.createArrayNode().add(key);
        desk.send(TICK, UidlSession.rpc().add(UidlSession.sync(box, "checked", UidlSession.JSON.getNodeFactory()
                        .booleanNode(true))).add(UidlSession.event(box, "checked-changed"))
                .add(UidlSession.sync(group, "value", value)).add(UidlSession.event(group, "value-changed")));
        var reply = desk.send(LOG, UidlSession.rpc().add(UidlSession.click(page.require("vaadin-button",
                "Log registration"))));
        if (!shows(reply, "Registration logged for ")) {
            throw new IllegalStateException("Logging a registration was not confirmed: "
                    + UidlSession.abbreviated(reply.toString()));
        }
    }

    private static boolean isInside(UidlTree page, UidlTree.Node ancestor, UidlTree.Node node) {
        return page.children(ancestor).stream().anyMatch(c -> c == node || isInside(page, c, node));
    }

    /** The review queue from the home page, as the side navigation opens it; returns the rows it says it has. */
    static int openReviewQueue(UidlSession reviewer) throws IOException, InterruptedException {
        reviewer.navigate("home", "client", HOME);
        var reply = reviewer.navigate("reviews", "client", QUEUE);
        var grid = reviewer.page().find("vaadin-grid", n -> true)
                .orElseThrow(() -> new IllegalStateException("The review queue shows no grid"));
        int size = -1;
        int rowsSent = 0;
        Integer update = null;
        for (JsonNode call : reply.path("execute")) {
            if (!call.path(0).path("@v-node").isInt() || call.path(0).path("@v-node").asInt() != grid.id) {
                continue;
            }
            String script = call.get(call.size() - 1).asString();
            if (script.contains("updateSize(")) {
                size = call.get(1).asInt();
            } else if (script.contains("$connector.set(")) {
                rowsSent += call.get(2).size();
            } else if (script.contains("$connector.confirm(")) {
                update = call.get(1).asInt();
            }
        }
        if (size < 0 || (size > 0 && rowsSent == 0) || update == null) {
            throw new IllegalStateException("The review queue's grid got no rows (size " + size + ", rows "
                    + rowsSent + ")");
        }
        var confirm = UidlSession.JSON.createObjectNode().put("type", "publishedEventHandler").put("node", grid.id)
                .put("templateEventMethodName", "confirmUpdate").put("promise", 0);
        confirm.putArray("templateEventMethodArgs").add(update);
        reviewer.send(CONFIRM, UidlSession.rpc().add(confirm));
        return size;
    }

    /** Towns of the practices the directory's first page shows, to search for what the page offers. */
    static List<String> directoryTowns(UidlTree page) {
        var towns = new ArrayList<String>();
        for (var card : page.findAll("div")) {
            if (!"listitem".equals(card.attributes.get("role"))) {
                continue;
            }
            var lines = page.children(card).stream().filter(n -> "p".equals(n.tag)).toList();
            if (!lines.isEmpty()) {
                String town = page.text(lines.getFirst()).split(",")[0].strip();
                if (!town.isEmpty() && !towns.contains(town)) {
                    towns.add(town);
                }
            }
        }
        return towns;
    }

    /** Types into "Practice name or town" and presses Search; returns how many practices the page says match. */
    static int filterDirectory(UidlSession visitor, String text) throws IOException, InterruptedException {
        var page = visitor.page();
        var field = page.requireLabelled("vaadin-text-field", "Practice name or town");
        visitor.send(FILTER, UidlSession.rpc().add(UidlSession.sync(field, "value",
                        UidlSession.JSON.getNodeFactory().stringNode(text))).add(UidlSession.event(field, "change"))
                .add(UidlSession.click(page.require("vaadin-button", "Search"))));
        return directoryCount(page);
    }

    static int directoryCount(UidlTree page) {
        var summary = page.find("p", n -> "status".equals(n.attributes.get("role")))
                .map(page::text).orElse("");
        var found = FOUND.matcher(summary);
        if (!found.matches()) {
            throw new IllegalStateException("The directory shows no count of results: \"" + summary + "\"");
        }
        return found.group(1) == null ? 0 : Integer.parseInt(found.group(1));
    }

    /** Whether a text node in the reply's changes starts with this text. */
    static boolean shows(JsonNode reply, String text) {
        for (JsonNode change : reply.path("changes")) {
            if (change.path("feat").asInt() == 7 && change.path("value").asString("").startsWith(text)) {
                return true;
            }
        }
        return false;
    }
}
