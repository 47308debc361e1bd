package org.safesurgeries.portal.shared;

import org.assertj.core.api.Assertions;
import org.safesurgeries.portal.shared.HostileInputs.Expect;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Judges what inputs did with the hostile corpus and counts it: each value fed to an input is refused with a
 * message, stored exactly, or a failure (a crash, a value kept that should have been refused, a value changed on the
 * way). {@link #assertNoFailures(String)} fails listing one input's failures; {@link #printSummary()} prints one line
 * of figures, also appended to {@code target/hostile-input-figures.txt}, from which the reliability notes are made.
 */
public final class HostileOutcomes {

    /** What kind of input a value is fed to, which decides what it may do with {@link Expect#NOT_IN_NAMES}. */
    public enum Field {
        /** Multi-line free text: notes, narratives, reasons, responses. */
        FREE_TEXT,
        /** One line that names something and travels to certificates, emails, the directory: names, roles. */
        ONE_LINE,
        /** A value with a fixed format (postcode, telephone, email, a code): it may refuse anything off-format. */
        FORMATTED,
        /** One of a fixed list of values (a cell of the tally file): every value of the corpus must be refused. */
        VOCABULARY
    }

    /** What one input did with one value. */
    public sealed interface Result {
        static Result refused(String message) {
            return new Refused(message);
        }

        static Result stored(String text) {
            return new Stored(text);
        }

        static Result crashed(Throwable error) {
            return new Crashed(error);
        }

        /** A request answered as it should be, keeping nothing (an API's 2xx or 4xx). */
        static Result answered(String description) {
            return new Answered(description);
        }
    }

    public record Refused(String message) implements Result {
    }

    public record Stored(String text) implements Result {
    }

    public record Crashed(Throwable error) implements Result {
    }

    public record Answered(String description) implements Result {
    }

    private static final Path FIGURES = Path.of("target", "hostile-input-figures.txt");

    private final String scope;
    private final Set<String> inputs = new LinkedHashSet<>();
    private final Set<String> values = new LinkedHashSet<>();
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private int tries;
    private int refused;
    private int stored;
    private int answered;

    public HostileOutcomes(String scope) {
        this.scope = scope;
    }

    /** Records and judges one try. */
    public void judge(String input, Field field, HostileInput value, Result result) {
        tries++;
        inputs.add(input);
        values.add(value.id());
        problem(field, value, result).ifPresentOrElse(
                problem -> fail(input, value, problem),
                () -> {
                    switch (result) {
                        case Refused r -> refused++;
                        case Stored s -> stored++;
                        case Answered a -> answered++;
                        case Crashed c -> throw new IllegalStateException("a crash is always a failure");
                    }
                });
    }

    /** A failure found outside the try-and-judge pattern (for example raw HTML reaching the page). */
    public void fail(String input, HostileInput value, String problem) {
        failures.computeIfAbsent(input, i -> new ArrayList<>())
                .add(input + " ← " + value.id() + " [" + visible(value.value()) + "]: " + problem);
    }

    public int tries() {
        return tries;
    }

    /** The inputs judged so far. */
    public Set<String> inputs() {
        return Set.copyOf(inputs);
    }

    public String summary() {
        int failed = failures.values().stream().mapToInt(List::size).sum();
        var parts = new ArrayList<String>();
        if (answered > 0) {
            parts.add(answered + " answered safely (nothing kept)");
        }
        if (refused > 0 || answered == 0) {
            parts.add(refused + " refused with a message");
        }
        if (stored > 0 || answered == 0) {
            parts.add(stored + " stored exactly");
        }
        parts.add(failed + (failed == 1 ? " failure" : " failures"));
        return "Hostile input, " + scope + ": " + values.size() + " values × " + inputs.size() + " inputs = " + tries
                + " tries: " + String.join(", ", parts);
    }

    /** Fails, listing them, when any of the inputs had failures. */
    public void assertNoFailures(Collection<String> inputs) {
        var found = inputs.stream().flatMap(input -> failures.getOrDefault(input, List.of()).stream()).toList();
        if (!found.isEmpty()) {
            Assertions.fail(found.size() + " of the hostile values went wrong:\n" + String.join("\n", found));
        }
    }

    public void printSummary() {
        printFigure(summary());
    }

    /** Prints a line of figures, also appended to {@code target/hostile-input-figures.txt}. */
    public static void printFigure(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(FIGURES, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> problem(Field field, HostileInput value, Result result) {
        if (result instanceof Crashed(Throwable error)) {
            return Optional.of("crashed: " + error);
        }
        if (result instanceof Refused(String message)) {
            if (message == null || message.isBlank()) {
                return Optional.of("refused without a message");
            }
            if (value.expect() == Expect.PATIENT_DATA && value.category().equals("nhs-number")
                    && digits(message).contains(digits(value.value()))) {
                return Optional.of("the refusal repeats the NHS number: " + message);
            }
        }
        boolean mustRefuse = field == Field.VOCABULARY || switch (value.expect()) {
            case PATIENT_DATA, TOO_LONG, CONTROL -> true;
            case NOT_IN_NAMES -> field == Field.ONE_LINE;
            case STORE -> false;
        };
        boolean mayRefuse = mustRefuse || field == Field.FORMATTED;
        return switch (result) {
            case Answered answer -> Optional.empty();
            case Refused refusal -> mayRefuse ? Optional.empty()
                    : Optional.of("refused (" + refusal.message() + ") where it should be stored exactly");
            case Stored(String text) when mustRefuse -> Optional.of("stored as [" + visible(text)
                    + "] where it must be refused (" + value.expect() + ")");
            case Stored(String text) -> value.stored().equals(text) ? Optional.empty()
                    : Optional.of("stored as [" + visible(text) + "] instead of exactly as typed");
            case Crashed crash -> Optional.of("crashed: " + crash.error());
        };
    }

    /** The text with invisible and non-ASCII characters written as escapes, and cut short, for failure messages. */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        var out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return text.length() > 80 ? out + "… (" + text.length() + " chars)" : out.toString();
    }

    private static String digits(String text) {
        var out = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(c -> out.append(Character.digit(c, 10)));
        return out.toString();
    }
}
