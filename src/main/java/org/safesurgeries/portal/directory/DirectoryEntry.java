package org.safesurgeries.portal.directory;

import java.time.LocalDate;
import java.util.List;

/** A Safe Surgery as the public sees it. Every field here is public information about the practice. */
public record DirectoryEntry(String odsCode, String name, List<String> address, String town, String postcode,
                             String telephone, String region, String icb, LocalDate safeSurgerySince,
                             LocalDate lastConfirmed, List<Language> languages, String interpreterAccess,
                             boolean careOfAddressAccepted, List<String> waysToRegister, List<Commitment> commitments,
                             LocalDate sanctuaryAwardUntil) {

    /** Holds a current Sanctuary in Healthcare award: a "Surgery of Sanctuary". */
    public boolean surgeryOfSanctuary() {
        return sanctuaryAwardUntil != null;
    }

    public record Language(String code, String name) {
    }

    /** One of the seven steps and whether it is in place. */
    public record Commitment(int step, String title, String status) {
    }
}
