package org.safesurgeries.portal.declaration;

import org.safesurgeries.portal.shared.LanguageCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a declaration, in words. */
final class ContentChanges {

    private ContentChanges() {
    }

    static List<String> between(DeclarationContent before, DeclarationContent after) {
        if (before == null) {
            return List.of("First version");
        }
        var changes = new ArrayList<String>();
        for (var step : SafeSurgeryStep.values()) {
            var was = before.answer(step);
            var now = after.answer(step);
            if (was.status() != now.status() || !Objects.equals(was.targetDate(), now.targetDate())) {
                changes.add("Step " + step.number() + ": " + was.status().label() + " → " + now.status().label()
                        + (now.targetDate() == null ? "" : " (target " + now.targetDate() + ")"));
            }
            if (!Objects.equals(was.note(), now.note())) {
                changes.add("Step " + step.number() + ": note changed");
            }
        }
        compareSets(changes, "Languages", before.languages(), after.languages(), LanguageCode::englishName);
        if (before.interpreterAccess() != after.interpreterAccess()) {
            changes.add("Interpreters: " + label(before.interpreterAccess()) + " → " + label(after.interpreterAccess()));
        }
        if (!Objects.equals(before.careOfAddressAccepted(), after.careOfAddressAccepted())) {
            changes.add("Care-of address accepted: " + yesNo(before.careOfAddressAccepted()) + " → "
                    + yesNo(after.careOfAddressAccepted()));
        }
        compareSets(changes, "Ways to register", before.registrationRoutes(), after.registrationRoutes(),
                DeclarationChoices.RegistrationRoute::label);
        return changes.isEmpty() ? List.of("No change to the content") : changes;
    }

    private static <T> void compareSets(List<String> changes, String label, Set<T> before, Set<T> after,
                                        Function<T, String> name) {
        var added = after.stream().filter(x -> !before.contains(x)).map(name).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        var removed = before.stream().filter(x -> !after.contains(x)).map(name).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        if (!added.isEmpty()) {
            changes.add(label + " added: " + added);
        }
        if (!removed.isEmpty()) {
            changes.add(label + " removed: " + removed);
        }
    }

    private static String label(DeclarationChoices.InterpreterAccess access) {
        return access == null ? "not said" : access.label();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "not said" : value ? "yes" : "no";
    }
}
