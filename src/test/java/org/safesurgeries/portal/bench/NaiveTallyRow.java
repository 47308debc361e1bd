package org.safesurgeries.portal.bench;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One tally counter as a JPA entity, for the naive import the benchmark compares with. It is declared an entity
 * in {@code bench/naive-tally-orm.xml}, not with {@code @Entity}: the portal's own persistence unit scans every
 * class under its package, test classes included, and would then validate a table that only the benchmark creates.
 */
class NaiveTallyRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id")
    private long practiceId;

    private String month;

    @Column(name = "registration_type")
    private String registrationType;

    @Column(name = "no_photo_id")
    private boolean noPhotoId;

    @Column(name = "no_proof_of_address")
    private boolean noProofOfAddress;

    @Column(name = "no_immigration_documents")
    private boolean noImmigrationDocuments;

    @Column(name = "no_nhs_number")
    private boolean noNhsNumber;

    @Column(name = "interpreter_language")
    private String interpreterLanguage;

    private String outcome;

    @Column(name = "refusal_reason")
    private String refusalReason;

    private int registrations;

    protected NaiveTallyRow() {
    }

    NaiveTallyRow(long practiceId, String month, String registrationType, boolean noPhotoId,
                  boolean noProofOfAddress, boolean noImmigrationDocuments, boolean noNhsNumber,
                  String interpreterLanguage, String outcome, String refusalReason) {
        this.practiceId = practiceId;
        this.month = month;
        this.registrationType = registrationType;
        this.noPhotoId = noPhotoId;
        this.noProofOfAddress = noProofOfAddress;
        this.noImmigrationDocuments = noImmigrationDocuments;
        this.noNhsNumber = noNhsNumber;
        this.interpreterLanguage = interpreterLanguage;
        this.outcome = outcome;
        this.refusalReason = refusalReason;
    }

    void add(int count) {
        registrations += count;
    }
}
