package org.safesurgeries.portal.security.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.safesurgeries.portal.security.Role;

import java.util.Optional;

public interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = :role and a.active = true")
    boolean existsActiveWithRole(@Param("role") Role role);

    @Query("""
            select a from UserAccount a
            where :text is null or lower(a.email) like concat('%', lower(:text), '%')
               or lower(a.displayName) like concat('%', lower(:text), '%')
            """)
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);

    @Query("select distinct a from UserAccount a join a.roles r where r = :role and a.active = true "
            + "order by a.displayName")
    java.util.List<UserAccount> activeWithRole(@Param("role") Role role);

    @Query("select count(a) from UserAccount a where a.active = true")
    long countActive();
}
