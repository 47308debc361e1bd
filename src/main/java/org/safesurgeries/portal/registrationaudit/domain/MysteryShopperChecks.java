package org.safesurgeries.portal.registrationaudit.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface MysteryShopperChecks extends JpaRepository<MysteryShopperCheck, Long> {

    List<MysteryShopperCheck> findByPracticeIdOrderByCheckedOnDescIdDesc(long practiceId);

    List<MysteryShopperCheck> findByCheckedOnGreaterThanEqualOrderByCheckedOnAscIdAsc(LocalDate from);
}
