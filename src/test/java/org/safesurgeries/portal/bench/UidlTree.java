package org.safesurgeries.portal.bench;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The elements of one Vaadin UI as a browser holds them, built from the {@code changes} of the UIDL responses, so
 * the load client finds what it clicks the way a person does: by tag and by the text shown, never by a node id
 * written into the benchmark.
 */
final class UidlTree {

    // Flow's node features, by the numbers its UIDL uses.
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int BODY = 1;

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            return plain(properties.get(name));
        }

        boolean flag(String name) {
            var value = properties.get(name);
            return value != null && value.asBoolean();
        }

        @Override
        public String toString() {
            return tag + "#" + id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            var node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.has("feat") ? change.get("feat").asInt() : -1;
            String key = change.has("key") ? change.get("key").asString() : null;
            switch (type) {
                case "put" -> put(node, feature, key, change.get("value"));
                case "remove" -> {
                    node.properties.remove(key);
                    node.attributes.remove(key);
                }
                case "clear" -> node.lists.computeIfAbsent(feature, f -> new ArrayList<>()).clear();
                case "splice" -> splice(node.lists.computeIfAbsent(feature, f -> new ArrayList<>()), change);
                default -> { } // attach: the node exists from now on
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, plain(value));
            case TEXT -> node.text = plain(value);
            default -> { }
        }
    }

    /** A string or number as text; anything else (a resource's {"uri": …}) as its JSON. */
    private static String plain(JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }

    private static void splice(List<Object> list, JsonNode change) {
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        var added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
        if (added != null) {
            int at = Math.min(index, list.size());
            for (JsonNode value : added) {
                list.add(at++, value.isInt() ? (Object) value.asInt() : value.asString());
            }
        }
    }

    /**
     * Every attached element under the page's body, in document order: children, then the other lists of nodes
     * (virtual children: the UI's root container, a notification, an overlay's content).
     */
    Stream<Node> elements() {
        var out = new ArrayList<Node>();
        collect(nodes.get(BODY), out, new HashSet<>());
        return out.stream();
    }

    private void collect(Node node, List<Node> out, Set<Integer> seen) {
        if (node == null || !seen.add(node.id)) {
            return;
        }
        out.add(node);
        for (Object child : node.lists.getOrDefault(CHILDREN, List.of())) {
            if (child instanceof Integer id) {
                collect(nodes.get(id), out, seen);
            }
        }
        node.lists.forEach((feature, list) -> {
            if (feature != CHILDREN) {
                for (Object child : list) {
                    if (child instanceof Integer id) {
                        collect(nodes.get(id), out, seen);
                    }
                }
            }
        });
    }

    List<Node> children(Node node) {
        return node.lists.getOrDefault(CHILDREN, List.of()).stream().filter(Integer.class::isInstance)
                .map(id -> nodes.get((Integer) id)).filter(n -> n != null).toList();
    }

    /** The text a person sees in the element: its own text node, or its children's text joined. */
    String text(Node node) {
        if (node.text != null) {
            return node.text;
        }
        var text = new StringBuilder();
        for (Node child : children(node)) {
            text.append(text(child));
        }
        return text.toString();
    }

    Optional<Node> find(String tag, Predicate<Node> which) {
        return elements().filter(n -> tag.equals(n.tag) && which.test(n)).findFirst();
    }

    List<Node> findAll(String tag) {
        return elements().filter(n -> tag.equals(n.tag)).toList();
    }

    Node require(String tag, String shownText) {
        return find(tag, n -> text(n).strip().equals(shownText)).orElseThrow(() -> new IllegalStateException(
                "No <" + tag + "> showing \"" + shownText + "\" on the page"));
    }

    Node requireLabelled(String tag, String label) {
        return find(tag, n -> label.equals(n.property("label"))).orElseThrow(() -> new IllegalStateException(
                "No <" + tag + "> labelled \"" + label + "\" on the page"));
    }

    /** Any attached element, also one outside the body's tree (a notification is a virtual child of the UI). */
    Stream<Node> anywhere(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag));
    }

    /** The text of every element on the page, virtual children included. */
    String pageText() {
        var text = new StringBuilder();
        elements().filter(n -> n.text != null).forEach(n -> text.append(n.text).append(' '));
        return text.toString();
    }
}
