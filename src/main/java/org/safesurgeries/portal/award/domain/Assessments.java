package org.safesurgeries.portal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface Assessments extends JpaRepository<Assessment, Long> {

    List<Assessment> findByApplicationIdAndRoundOrderById(long applicationId, int round);

    List<Assessment> findByApplicationIdOrderByRoundAscIdAsc(long applicationId);

    Optional<Assessment> findByApplicationIdAndRoundAndAccountId(long applicationId, int round, long accountId);
}
