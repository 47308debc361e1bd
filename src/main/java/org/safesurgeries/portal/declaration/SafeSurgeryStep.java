package org.safesurgeries.portal.declaration;

/** The seven steps of Doctors of the World's Safe Surgeries toolkit; the first three must be in place to declare. */
public enum SafeSurgeryStep {
    PROOF_OF_ADDRESS(1, "No refusal for lack of proof of address",
            "Nobody is refused registration for lack of proof of address; a care-of address (a friend, a day "
                    + "centre, the practice itself) is accepted."),
    PROOF_OF_IDENTITY(2, "Proof of identity not insisted upon", "Proof of identity is not insisted upon."),
    IMMIGRATION_STATUS(3, "Immigration status never asked",
            "Immigration status is never asked; the supplementary questions on the registration form are optional."),
    INFORMATION_SAFE(4, "Staff reassure patients their information is safe",
            "All staff can reassure patients that their information is safe and not shared with immigration "
                    + "enforcement."),
    INTERPRETERS(5, "Interpreters used when needed",
            "Interpreters are used when needed, by telephone or in person, with a choice of interpreter gender "
                    + "where possible."),
    POSTERS(6, "Welcome posters in community languages",
            "Welcome and Safe Surgery posters are displayed in the languages of the local community."),
    TRAINING_AND_POLICY(7, "Staff trained; written inclusive registration policy",
            "Staff are trained, and there is a written inclusive registration policy.");

    private final int number;
    private final String title;
    private final String description;

    SafeSurgeryStep(int number, String title, String description) {
        this.number = number;
        this.title = title;
        this.description = description;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Steps 1–3: without them in place a practice cannot declare itself a Safe Surgery. */
    public boolean requiredToDeclare() {
        return number <= 3;
    }

    public static SafeSurgeryStep numbered(int number) {
        for (var step : values()) {
            if (step.number == number) {
                return step;
            }
        }
        throw new IllegalArgumentException("There is no Safe Surgery step " + number + ".");
    }
}
