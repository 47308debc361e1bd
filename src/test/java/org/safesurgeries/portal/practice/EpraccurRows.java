package org.safesurgeries.portal.practice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds epraccur-format test files: 27 columns, no header. */
public final class EpraccurRows {

    private final List<String> lines = new ArrayList<>();

    public static EpraccurRows file() {
        return new EpraccurRows();
    }

    public EpraccurRows practice(String code, String name, String postcode, String status) {
        return row(code, name, "Y56", "ZT1", postcode, status, "4");
    }

    public EpraccurRows row(String code, String name, String region, String icb, String postcode, String status,
                            String prescribingSetting) {
        String[] f = new String[27];
        Arrays.fill(f, "");
        f[0] = code;
        f[1] = name;
        f[2] = region;
        f[3] = icb;
        f[4] = "1 Test Street";
        f[7] = "TESTTOWN";
        f[9] = postcode;
        f[10] = "20000101";
        f[12] = status;
        f[13] = "B";
        f[17] = "0207 946 0000";
        f[25] = prescribingSetting;
        lines.add(String.join(",", Arrays.stream(f).map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()));
        return this;
    }

    public EpraccurRows raw(String line) {
        lines.add(line);
        return this;
    }

    public byte[] bytes() {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
