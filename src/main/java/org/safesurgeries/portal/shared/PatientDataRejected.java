package org.safesurgeries.portal.shared;

/** Thrown when text would bring patient-identifying data into the portal. The message is meant for the user. */
public class PatientDataRejected extends IllegalArgumentException {

    public PatientDataRejected(String message) {
        super(message);
    }
}
