package org.safesurgeries.portal.declaration;

import org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a practice's declaration as people see it. {@code changes} lists what differs from the version
 * before it; {@code entityVersion} guards a draft against being overwritten by someone else's edit.
 */
public record DeclarationVersion(long id, long practiceId, int versionNumber, DeclarationStatus status,
                                 DeclarationContent content, String signatoryName, String signatoryRole,
                                 LocalDate signedOn, String commitmentText, LocalDate lastConfirmedOn,
                                 LocalDate reconfirmationDueOn, LocalDate lapsesOn, LocalDate withdrawnOn,
                                 String withdrawalReason, LocalDate lapsedOn, List<String> changes,
                                 long entityVersion) {

    public boolean isDraft() {
        return status == DeclarationStatus.DRAFT;
    }

    public boolean isCurrent() {
        return status == DeclarationStatus.DECLARED;
    }
}
