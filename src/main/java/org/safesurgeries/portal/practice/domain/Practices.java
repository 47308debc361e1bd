package org.safesurgeries.portal.practice.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.safesurgeries.portal.practice.PracticeStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Practices extends JpaRepository<Practice, Long> {

    Optional<Practice> findByOdsCode(String odsCode);

    @Query("""
            select p from Practice p
            where (:text is null or p.odsCode like concat(upper(:text), '%')
                   or lower(p.name) like concat('%', lower(:text), '%')
                   or p.postcode like concat(upper(:text), '%'))
              and (:status is null or p.status = :status)
            """)
    Page<Practice> search(@Param("text") String text, @Param("status") PracticeStatus status, Pageable pageable);

    List<Practice> findByIdInOrderByName(Collection<Long> ids);


    @Query("select p.regionCode, count(p) from Practice p where p.status = :status group by p.regionCode")
    List<Object[]> countByRegion(@Param("status") PracticeStatus status);
}
