package org.safesurgeries.portal.declaration.domain;

import org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface Declarations extends JpaRepository<SafeSurgeryDeclaration, Long> {

    Optional<SafeSurgeryDeclaration> findByPracticeIdAndStatus(long practiceId, DeclarationStatus status);

    List<SafeSurgeryDeclaration> findByPracticeIdOrderByVersionNumberDesc(long practiceId);

    @Query("select coalesce(max(d.versionNumber), 0) from SafeSurgeryDeclaration d where d.practiceId = :practiceId")
    int lastVersionNumber(@Param("practiceId") long practiceId);

    @Query("""
            select d from SafeSurgeryDeclaration d
            where d.status = org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus.DECLARED
              and d.lastConfirmedOn <= :confirmedOnOrBefore
            """)
    List<SafeSurgeryDeclaration> declaredAndConfirmedOnOrBefore(@Param("confirmedOnOrBefore") LocalDate date);
}
