package org.safesurgeries.portal.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fictional practices in epraccur format (ODS codes Z00001…), for a demo or benchmark at national scale. Seeded, so
 * the same count always gives the same practices.
 */
final class GeneratedPractices {

    private static final String[] REGIONS = {"Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"};
    private static final String[] AREAS = {"E", "N", "SE", "SW", "M", "B", "LS", "BD", "L", "PL", "NG", "NR", "NE"};
    private static final String[] TOWNS = {"LONDON", "MANCHESTER", "BIRMINGHAM", "LEEDS", "BRADFORD", "LIVERPOOL",
            "PLYMOUTH", "NOTTINGHAM", "NORWICH", "NEWCASTLE UPON TYNE"};

    private GeneratedPractices() {
    }

    static List<String> odsCodes(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Z%05d".formatted(i)).toList();
    }

    static byte[] epraccur(int count) {
        var random = new Random(20261122L);
        return odsCodes(count).stream().map(code -> {
            String[] f = new String[27];
            Arrays.fill(f, "");
            String region = REGIONS[random.nextInt(REGIONS.length)];
            f[0] = code;
            f[1] = "Generated Practice " + code.substring(1);
            f[2] = region;
            f[3] = "Z" + region.charAt(2) + (1 + random.nextInt(5));
            f[4] = (1 + random.nextInt(300)) + " Example Road";
            f[7] = TOWNS[random.nextInt(TOWNS.length)];
            f[9] = AREAS[random.nextInt(AREAS.length)] + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9))
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            f[10] = "20000101";
            f[12] = "A";
            f[13] = "B";
            f[25] = "4";
            return Arrays.stream(f).map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
        }).collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8);
    }
}
