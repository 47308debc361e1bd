package org.safesurgeries.portal.registrationaudit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.shared.TypedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/** One mystery-shopper check of a practice. What the trainer recorded does not change; the practice may respond. */
@Entity
@Table(name = "mystery_shopper_check")
public class MysteryShopperCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long practiceId;

    @Column(nullable = false, updatable = false)
    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    private boolean noPhotoId;
    private boolean noProofOfAddress;
    private boolean noImmigrationDocuments;
    private boolean needsInterpreter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CheckOutcome outcome;

    private String notes;

    @Column(nullable = false, updatable = false)
    private String recordedBy;

    private String practiceResponse;
    private String respondedBy;
    private LocalDate respondedOn;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MysteryShopperCheck() {
    }

    public MysteryShopperCheck(long practiceId, CheckReport report, String recordedBy, Instant now) {
        this.practiceId = practiceId;
        this.checkedOn = report.checkedOn();
        this.channel = report.channel();
        this.noPhotoId = report.scenario().contains(Scenario.NO_PHOTO_ID);
        this.noProofOfAddress = report.scenario().contains(Scenario.NO_PROOF_OF_ADDRESS);
        this.noImmigrationDocuments = report.scenario().contains(Scenario.NO_IMMIGRATION_DOCUMENTS);
        this.needsInterpreter = report.scenario().contains(Scenario.NEEDS_INTERPRETER);
        this.outcome = report.outcome();
        this.notes = report.notes();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    /** The practice's response: what it did about the check. */
    public void respond(String response, String by, LocalDate today) {
        if (response == null || response.isBlank()) {
            throw new IllegalArgumentException("Write the practice's response.");
        }
        if (response.strip().length() > 1000) {
            throw new IllegalArgumentException("Keep the response under 1,000 characters.");
        }
        TypedText.requireText("Response", response);
        this.practiceResponse = response.strip();
        this.respondedBy = by;
        this.respondedOn = today;
    }

    public CheckReport report() {
        var scenario = EnumSet.noneOf(Scenario.class);
        if (noPhotoId) {
            scenario.add(Scenario.NO_PHOTO_ID);
        }
        if (noProofOfAddress) {
            scenario.add(Scenario.NO_PROOF_OF_ADDRESS);
        }
        if (noImmigrationDocuments) {
            scenario.add(Scenario.NO_IMMIGRATION_DOCUMENTS);
        }
        if (needsInterpreter) {
            scenario.add(Scenario.NEEDS_INTERPRETER);
        }
        return new CheckReport(checkedOn, channel, scenario, outcome, notes);
    }

    public Long getId() { return id; }
    public long getPracticeId() { return practiceId; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public CheckOutcome getOutcome() { return outcome; }
    public String getRecordedBy() { return recordedBy; }
    public String getPracticeResponse() { return practiceResponse; }
    public LocalDate getRespondedOn() { return respondedOn; }
}
