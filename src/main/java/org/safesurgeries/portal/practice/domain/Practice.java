package org.safesurgeries.portal.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeDetails.ContactDetails;
import org.safesurgeries.portal.practice.PracticeStatus;
import org.safesurgeries.portal.shared.PatientDataGuard;
import org.safesurgeries.portal.shared.Postcode;
import org.safesurgeries.portal.shared.TypedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GP practice. Official details arrive with the epraccur import; the practice manager keeps contact details and
 * staff head-counts up to date. Rows are inserted by the importer; this entity edits them.
 */
@Entity
@Table(name = "practice")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ods_code", nullable = false, updatable = false)
    private String odsCode;

    @Column(nullable = false)
    private String name;

    private String addressLine1;
    private String addressLine2;
    private String addressLine3;
    private String town;
    private String county;
    private String postcode;
    private String telephone;
    private String regionCode;
    private String icbCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status;

    private int receptionAdminHeadcount;
    private int clinicalHeadcount;
    private int practiceManagerHeadcount;
    private int otherHeadcount;

    private Instant updatedAt;

    @Version
    private long version;

    protected Practice() {
    }

    /** Changes how the practice is reached; returns a description of what changed, empty when nothing did. */
    public String changeContact(ContactDetails contact, Instant now) {
        String normalisedPostcode = contact.postcode() == null || contact.postcode().isBlank()
                ? null : Postcode.parse(contact.postcode()).value();
        List<String> changes = new ArrayList<>();
        addressLine1 = track(changes, "address line 1", addressLine1, line("Address line 1", contact.addressLine1()));
        addressLine2 = track(changes, "address line 2", addressLine2, line("Address line 2", contact.addressLine2()));
        addressLine3 = track(changes, "address line 3", addressLine3, line("Address line 3", contact.addressLine3()));
        town = track(changes, "town", town, line("Town", contact.town()));
        county = track(changes, "county", county, line("County", contact.county()));
        postcode = track(changes, "postcode", postcode, normalisedPostcode);
        telephone = track(changes, "telephone", telephone, telephone(contact.telephone()));
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return String.join(", ", changes);
    }

    public String changeHeadcounts(Headcounts counts, Instant now) {
        List<String> changes = new ArrayList<>();
        receptionAdminHeadcount = track(changes, "reception/admin", receptionAdminHeadcount, counts.receptionAdmin());
        clinicalHeadcount = track(changes, "clinical", clinicalHeadcount, counts.clinical());
        practiceManagerHeadcount = track(changes, "practice manager", practiceManagerHeadcount, counts.practiceManager());
        otherHeadcount = track(changes, "other", otherHeadcount, counts.other());
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes.isEmpty() ? "" : "head-counts: " + String.join(", ", changes);
    }

    private static <T> T track(List<String> changes, String label, T before, T after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + " " + (before == null ? "(none)" : before) + " → " + (after == null ? "(none)" : after));
        }
        return after;
    }

    private static String line(String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > 120) {
            throw new IllegalArgumentException("Address lines are at most 120 characters.");
        }
        return TypedText.requireLine(label, stripped);
    }

    private static String telephone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (!stripped.matches("[0-9+() \\-]{6,32}")) {
            throw new IllegalArgumentException("Enter a telephone number using digits, spaces, +, ( ) or -.");
        }
        return PatientDataGuard.requireNoPatientData("Telephone", stripped);
    }

    public Long getId() { return id; }
    public String getOdsCode() { return odsCode; }
    public String getName() { return name; }
    public PracticeStatus getStatus() { return status; }
    public String getRegionCode() { return regionCode; }
    public String getIcbCode() { return icbCode; }
    public long getVersion() { return version; }

    public ContactDetails contact() {
        return new ContactDetails(addressLine1, addressLine2, addressLine3, town, county, postcode, telephone);
    }

    public Headcounts headcounts() {
        return new Headcounts(receptionAdminHeadcount, clinicalHeadcount, practiceManagerHeadcount, otherHeadcount);
    }
}
