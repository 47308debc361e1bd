package org.safesurgeries.portal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Decisions extends JpaRepository<Decision, Long> {

    List<Decision> findByApplicationIdOrderByRoundDesc(long applicationId);
}
