package org.safesurgeries.portal.declaration;

import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.shared.LanguageCode;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Everything a practice fills in: the seven answers and the information patients need. */
public record DeclarationContent(List<ChecklistAnswer> answers, Set<LanguageCode> languages,
                                 InterpreterAccess interpreterAccess, Boolean careOfAddressAccepted,
                                 Set<RegistrationRoute> registrationRoutes) {

    public DeclarationContent {
        answers = answers.stream().sorted(Comparator.comparing(ChecklistAnswer::step)).toList();
        var steps = answers.stream().map(ChecklistAnswer::step).toList();
        if (!steps.equals(Arrays.asList(SafeSurgeryStep.values()))) {
            throw new IllegalArgumentException("Answer each of the seven steps once.");
        }
        languages = Set.copyOf(languages);
        registrationRoutes = registrationRoutes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(registrationRoutes));
    }

    /** A new draft: nothing answered yet. */
    public static DeclarationContent empty() {
        return new DeclarationContent(Arrays.stream(SafeSurgeryStep.values()).map(ChecklistAnswer::notYet).toList(),
                Set.of(), null, null, Set.of());
    }

    public ChecklistAnswer answer(SafeSurgeryStep step) {
        return answers.get(step.ordinal());
    }

    /** The steps that stop the practice declaring, each with why. Empty when it may declare. */
    public List<String> blockingReasons() {
        var reasons = new java.util.ArrayList<String>();
        answers.stream().filter(a -> a.step().requiredToDeclare() && a.status() != ItemStatus.IN_PLACE)
                .forEach(a -> reasons.add("Step " + a.step().number() + " (" + a.step().title() + ") must be in "
                        + "place to declare; it is " + a.status().label().toLowerCase(java.util.Locale.ROOT) + "."));
        if (interpreterAccess == null) {
            reasons.add("Say how patients can get an interpreter.");
        }
        if (careOfAddressAccepted == null) {
            reasons.add("Say whether a care-of address is accepted.");
        }
        if (registrationRoutes.isEmpty()) {
            reasons.add("Say at least one way people can register.");
        }
        return reasons;
    }
}
