package org.safesurgeries.portal.award;

/** Thrown when an evidence file cannot be attached. The message is meant for the practice manager who chose it. */
public class EvidenceRefused extends RuntimeException {

    public EvidenceRefused(String reason) {
        super(reason);
    }
}
