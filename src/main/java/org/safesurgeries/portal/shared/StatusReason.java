package org.safesurgeries.portal.shared;

/**
 * The reason given when an award or a certificate is suspended, reinstated or revoked: required, at most
 * {@value #MAX_LENGTH} characters, typed text that holds no patient data ({@link TypedText}). The practice sees it;
 * the public verification page does not.
 */
public final class StatusReason {

    public static final int MAX_LENGTH = 1000;

    private StatusReason() {
    }

    /** The reason, stripped; refused with a message for people when blank, too long or holding patient data. */
    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason: the practice will see it.");
        }
        if (reason.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The reason can be at most 1,000 characters.");
        }
        return TypedText.requireText("Reason", reason.strip());
    }
}
