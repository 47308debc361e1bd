package org.safesurgeries.portal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewerProfiles extends JpaRepository<ReviewerProfile, Long> {
}
