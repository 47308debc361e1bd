package org.safesurgeries.portal.security.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

public interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    /** Locked so that two simultaneous uses of one link cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :tokenHash and t.purpose = :purpose")
    Optional<AccountToken> lockByTokenHashAndPurpose(@Param("tokenHash") String tokenHash,
                                                    @Param("purpose") AccountToken.Purpose purpose);

    @Modifying
    @Query("""
            update AccountToken t set t.usedAt = :now
            where t.account = :account and t.purpose = :purpose and t.usedAt is null
            """)
    int retireOpenTokens(@Param("account") UserAccount account, @Param("purpose") AccountToken.Purpose purpose,
                         @Param("now") Instant now);
}
