package org.safesurgeries.portal.certificate;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the poster translations in {@code certificates/posters/} and refuses one that would print a gap or a
 * mislabelled poster. Every {@code <code>.json} there except the layout is a language, so adding a language is adding
 * a file.
 */
final class PosterTranslations {

    static final String FOLDER = "certificates/posters/";
    static final String LAYOUT_FILE = "poster.json";

    private static final Set<String> DIRECTIONS = Set.of("ltr", "rtl");

    // Strict, like the layouts: a misspelt key ("headLine") fails loudly instead of leaving the headline out.
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** English first, as the reference staff read; then by English name, the way staff look a language up. */
    List<PosterTranslation> load() {
        List<PosterTranslation> found = new ArrayList<>();
        try {
            // Scanning the classpath works from the packaged jar too, which a java.io.File listing would not.
            Resource[] files = new PathMatchingResourcePatternResolver(PosterTranslations.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "*.json");
            for (Resource file : files) {
                if (!LAYOUT_FILE.equals(file.getFilename())) {
                    try (InputStream in = file.getInputStream()) {
                        found.add(read(in, file.getFilename()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the poster translations in " + FOLDER, e);
        }
        Set<String> codes = new HashSet<>();
        found.stream().filter(translation -> !codes.add(translation.code())).findFirst().ifPresent(duplicate -> {
            throw new IllegalStateException("Two poster translations for " + duplicate.code());
        });
        if (!codes.contains(PosterTranslation.ENGLISH)) {
            throw new IllegalStateException("The English poster (" + FOLDER + "en.json) is missing");
        }
        return found.stream().sorted(Comparator.comparing((PosterTranslation t) -> !t.english())
                .thenComparing(PosterTranslation::englishName)).toList();
    }

    PosterTranslation read(InputStream in, String fileName) {
        PosterTranslation translation;
        try {
            translation = json.readValue(in, PosterTranslation.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Poster translation " + fileName + " is not valid: "
                    + e.getOriginalMessage(), e);
        }
        List<String> problems = problems(translation, fileName);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Poster translation " + fileName + " is not valid:\n  "
                    + String.join("\n  ", problems));
        }
        return translation;
    }

    private static List<String> problems(PosterTranslation translation, String fileName) {
        List<String> problems = new ArrayList<>();
        if (translation.code() == null || !translation.code().matches("[a-z]{2,3}")
                || !fileName.equals(translation.code() + ".json")) {
            problems.add("code must be the file's name, two or three small letters");
        }
        if (blank(translation.englishName()) || blank(translation.nativeName())) {
            problems.add("englishName and nativeName are needed");
        }
        if (!DIRECTIONS.contains(translation.direction())) {
            problems.add("direction is ltr or rtl");
        }
        for (String key : PosterTranslation.KEYS) {
            if (blank(translation.text().get(key))) {
                problems.add("text." + key + " is missing");
            }
        }
        translation.text().keySet().stream().filter(key -> !PosterTranslation.KEYS.contains(key)).sorted()
                .forEach(key -> problems.add("text." + key + " is not a poster sentence " + PosterTranslation.KEYS));
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
