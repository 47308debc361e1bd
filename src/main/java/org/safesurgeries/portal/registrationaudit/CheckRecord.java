package org.safesurgeries.portal.registrationaudit;

import java.time.LocalDate;

/** A recorded check as people see it, with the practice's response if it gave one. */
public record CheckRecord(long id, long practiceId, String practiceName, String odsCode, CheckReport report,
                          String recordedBy, String practiceResponse, LocalDate respondedOn) {
}
