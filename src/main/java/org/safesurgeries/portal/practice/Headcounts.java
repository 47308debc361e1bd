package org.safesurgeries.portal.practice;

/** Staff head-count by role, kept up to date by the practice manager; each 0 to 500. */
public record Headcounts(int receptionAdmin, int clinical, int practiceManager, int other) {

    public static final int MAXIMUM = 500;

    public Headcounts {
        check("Reception and admin staff", receptionAdmin);
        check("Clinical staff", clinical);
        check("Practice managers", practiceManager);
        check("Other staff", other);
    }

    public int total() {
        return receptionAdmin + clinical + practiceManager + other;
    }

    private static void check(String label, int value) {
        if (value < 0 || value > MAXIMUM) {
            throw new IllegalArgumentException(label + ": enter a whole number from 0 to " + MAXIMUM + ".");
        }
    }
}
