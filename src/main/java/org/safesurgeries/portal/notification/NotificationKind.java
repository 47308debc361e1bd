package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Every kind of message the portal sends. Required ones (account emails and decisions about a practice) always go
 * out by email; each person chooses which of the optional ones they also want by email. The in-app notice is always
 * written.
 */
enum NotificationKind {

    INVITATION("Invitations", "Your invitation to the portal.", true, Set.of()),
    PASSWORD_RESET("Password resets", "A link to choose a new password, when you ask for one.", true, Set.of()),
    DECLARATION_SIGNED("Declaration signed", "Your practice declared itself a Safe Surgery.", false,
            Set.of(Role.PRACTICE_MANAGER)),
    RECONFIRMATION_DUE("Yearly confirmation due", "A year after the declaration was last confirmed.", false,
            Set.of(Role.PRACTICE_MANAGER)),
    DECLARATION_LAPSING("Declaration about to lapse", "Fourteen months without a confirmation; it lapses at 15.",
            false, Set.of(Role.PRACTICE_MANAGER)),
    APPLICATION_SUBMITTED("Application submitted", "A practice submitted an award application (lead reviewers).",
            false, Set.of(Role.REVIEWER)),
    REVIEWER_ASSIGNED("Added to a review panel", "You were assigned to an application, or joined one.", false,
            Set.of(Role.REVIEWER)),
    CHANGES_REQUESTED("Changes requested", "The review panel asked for changes to your application.", true,
            Set.of(Role.PRACTICE_MANAGER)),
    AWARD_DECISION("Award decision", "The panel's decision on your application.", true,
            Set.of(Role.PRACTICE_MANAGER)),
    CERTIFICATE_ISSUED("Certificate issued", "A new certificate for your practice or its staff, with its "
            + "verification link.", false, Set.of(Role.PRACTICE_MANAGER)),
    AWARD_EXPIRING("Award expiring", "90 and 30 days before your award expires.", false,
            Set.of(Role.PRACTICE_MANAGER)),
    AWARD_SUSPENDED_OR_REVOKED("Award suspended or revoked", "A change to your award's standing.", true,
            Set.of(Role.PRACTICE_MANAGER)),
    REFRESHER_DUE("Training refresher due", "Your staff's most recent training is 24 months old.", false,
            Set.of(Role.PRACTICE_MANAGER)),
    REVIEW_OVERDUE("Review past its target", "An application has waited longer than the review-time target "
            + "(lead reviewers).", false, Set.of(Role.REVIEWER)),
    CHECK_RECORDED("Mystery-shopper check recorded", "A check of your practice was recorded.", false,
            Set.of(Role.PRACTICE_MANAGER));

    private final String label;
    private final String description;
    private final boolean required;
    private final Set<Role> audience;

    NotificationKind(String label, String description, boolean required, Set<Role> audience) {
        this.label = label;
        this.description = description;
        this.required = required;
        this.audience = audience;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    /** Required emails cannot be turned off. */
    boolean required() {
        return required;
    }

    /** The kinds a person with these roles can receive, for their settings page. */
    static List<NotificationKind> receivableBy(Set<Role> roles) {
        return Arrays.stream(values()).filter(k -> k.audience.stream().anyMatch(roles::contains)).toList();
    }
}
