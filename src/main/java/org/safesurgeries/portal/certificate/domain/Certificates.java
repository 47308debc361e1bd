package org.safesurgeries.portal.certificate.domain;

import org.safesurgeries.portal.certificate.CertificateKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Certificates extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findFirstBySha256(String sha256);

    boolean existsBySourceKey(String sourceKey);

    boolean existsByCode(String code);

    List<Certificate> findByKindAndSourceIdAndStatusIn(CertificateKind kind, long sourceId,
                                                       Collection<Certificate.State> states);

    List<Certificate> findByPracticeIdAndKindAndStatusIn(long practiceId, CertificateKind kind,
                                                         Collection<Certificate.State> states);

    List<Certificate> findByPracticeIdOrderByIssuedAtDescIdDesc(long practiceId);

    @Query("""
            select c from Certificate c
            where :text is null or c.code = upper(:code) or c.odsCode = upper(:text)
               or lower(c.practiceName) like concat('%', lower(:text), '%')
               or lower(c.holderName) like concat('%', lower(:text), '%')
            order by c.issuedAt desc, c.id desc
            """)
    Page<Certificate> search(@Param("text") String text, @Param("code") String code, Pageable pageable);
}
