package org.safesurgeries.portal.practice;

public enum PracticeStatus {
    ACTIVE("Active"), CLOSED("Closed");

    private final String label;

    PracticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
