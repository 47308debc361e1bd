package org.safesurgeries.portal.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The server's own time per request, from Tomcat's access log written with the pattern {@code "%D %q"} (microseconds
 * from reading the request to having written the reply, then the query string). The load client tags the requests
 * of the measured window with {@code &bench=<what>}, a parameter Vaadin ignores.
 */
final class ServerTimes {

    static final String PATTERN = "%D %q";
    private static final Pattern LINE = Pattern.compile("^(\\d+) \\?.*[?&]bench=([^&\\s]+).*$");

    private ServerTimes() {
    }

    /** Nanoseconds per tagged kind of request. */
    static Map<String, long[]> read(Path log) throws IOException {
        var times = new TreeMap<String, List<Long>>();
        for (String line : Files.readAllLines(log)) {
            var match = LINE.matcher(line);
            if (match.matches()) {
                times.computeIfAbsent(URLDecoder.decode(match.group(2), StandardCharsets.UTF_8),
                        l -> new ArrayList<>()).add(Long.parseLong(match.group(1)) * 1000);
            }
        }
        var nanos = new TreeMap<String, long[]>();
        times.forEach((label, list) -> nanos.put(label, list.stream().mapToLong(Long::longValue).toArray()));
        return nanos;
    }
}
