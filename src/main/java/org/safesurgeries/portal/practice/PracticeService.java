package org.safesurgeries.portal.practice;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticeDetails.ContactDetails;
import org.safesurgeries.portal.practice.PracticeEvents.PracticeDetailsUpdated;
import org.safesurgeries.portal.practice.PracticeEvents.PracticesImported;
import org.safesurgeries.portal.practice.domain.Practice;
import org.safesurgeries.portal.practice.domain.Practices;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.ExpiringCache;
import org.safesurgeries.portal.shared.LikePattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/** Reading and editing practices. Every method checks that the person may see the practice concerned. */
@Service
@Transactional
public class PracticeService {

    static final Duration NETWORK_COUNTS_LIFETIME = Duration.ofSeconds(30);

    private final Practices practices;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ExpiringCache<NetworkCounts> networkCounts;

    PracticeService(Practices practices, CurrentUser currentUser, ApplicationEventPublisher events, JdbcTemplate jdbc,
                    Clock clock) {
        this.practices = practices;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.networkCounts = new ExpiringCache<>(clock, NETWORK_COUNTS_LIFETIME, 1);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Page<PracticeDetails> search(String text, PracticeStatus status, Pageable pageable) {
        String filter = text == null || text.isBlank() ? null : LikePattern.escape(text.strip());
        var names = geographyNames();
        return practices.search(filter, status, pageable).map(p -> details(p, names));
    }

    /** The practices the signed-in practice manager belongs to. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<PracticeDetails> myPractices() {
        var names = geographyNames();
        return practices.findByIdInOrderByName(currentUser.require().practiceIds()).stream()
                .map(p -> details(p, names)).toList();
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PracticeDetails get(long practiceId) {
        return details(require(practiceId));
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public PracticeDetails changeContact(long practiceId, long expectedVersion, ContactDetails contact) {
        return change(practiceId, expectedVersion, (practice, now) -> practice.changeContact(contact, now));
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public PracticeDetails changeHeadcounts(long practiceId, long expectedVersion, Headcounts headcounts) {
        return change(practiceId, expectedVersion, (practice, now) -> practice.changeHeadcounts(headcounts, now));
    }

    /**
     * Active and closed practices, and the active ones by NHS region, for the home pages of the network's roles.
     * Every navigation to home asks; the answer is kept for {@link #NETWORK_COUNTS_LIFETIME} and forgotten when an
     * import or an edit here commits.
     */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.REVIEWER})
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public NetworkCounts networkCounts() {
        return networkCounts.get("network", () -> {
            Map<String, Long> byRegion = new LinkedHashMap<>();
            long[] totals = new long[2];
            jdbc.query("""
                    select coalesce(r.name, p.region_code, 'Unknown'), sum(p.status = 'ACTIVE'),
                           sum(p.status = 'CLOSED')
                    from practice p left join nhs_region r on r.code = p.region_code
                    group by 1 order by 1
                    """, rs -> {
                long active = rs.getLong(2);
                if (active > 0) {
                    byRegion.put(rs.getString(1), active);
                }
                totals[0] += active;
                totals[1] += rs.getLong(3);
            });
            return new NetworkCounts(totals[0], totals[1], byRegion);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(PracticesImported event) {
        networkCounts.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(PracticeDetailsUpdated event) {
        networkCounts.clear();
    }

    public record NetworkCounts(long active, long closed, Map<String, Long> activeByRegion) {
    }

    private PracticeDetails change(long practiceId, long expectedVersion, BiFunction<Practice, java.time.Instant, String> edit) {
        var practice = require(practiceId);
        if (practice.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Someone else changed this practice while you were editing. "
                    + "Your changes were not saved: reload to see theirs, then make yours again.");
        }
        String changes = edit.apply(practice, clock.instant());
        if (!changes.isEmpty()) {
            practices.saveAndFlush(practice);
            events.publishEvent(new PracticeDetailsUpdated(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                    practice.getId(), practice.getOdsCode(), changes));
        }
        return details(practice);
    }

    private Practice require(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        return practices.findById(practiceId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "You do not have access to this practice."));
    }

    private PracticeDetails details(Practice practice) {
        return details(practice, geographyNames());
    }

    private static PracticeDetails details(Practice p, GeographyNames names) {
        return new PracticeDetails(p.getId(), p.getOdsCode(), p.getName(), p.contact(), p.getRegionCode(),
                names.regions().get(p.getRegionCode()), p.getIcbCode(), names.icbs().get(p.getIcbCode()),
                p.getStatus(), p.headcounts(), p.getVersion());
    }

    // Seven regions and a few dozen ICBs: read whole, once per call, rather than once per practice.
    private GeographyNames geographyNames() {
        Map<String, String> regions = new java.util.HashMap<>();
        Map<String, String> icbs = new java.util.HashMap<>();
        jdbc.query("select code, name from nhs_region where name is not null",
                rs -> { regions.put(rs.getString(1), rs.getString(2)); });
        jdbc.query("select code, name from icb where name is not null",
                rs -> { icbs.put(rs.getString(1), rs.getString(2)); });
        return new GeographyNames(regions, icbs);
    }

    private record GeographyNames(Map<String, String> regions, Map<String, String> icbs) {
    }
}
