package org.safesurgeries.portal.certificate;

/** What kind of certificate; public because other modules' tests and views name it. */
public enum CertificateKind {

    AWARD("Sanctuary in Healthcare award", "award"),
    DECLARATION("Safe Surgery declaration", "declaration"),
    TRAINING("Training attendance", "training");

    private final String label;
    private final String design;

    CertificateKind(String label, String design) {
        this.label = label;
        this.design = design;
    }

    /** The name people read, in lists and on verification pages. */
    public String label() {
        return label;
    }

    /** The classpath resource of this kind's layout definition (the top-level certificates/ folder). */
    String layoutResource() {
        return "certificates/" + design + ".json";
    }
}
