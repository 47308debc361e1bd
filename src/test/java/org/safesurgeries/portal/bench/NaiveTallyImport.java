package org.safesurgeries.portal.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import javax.sql.DataSource;
import java.time.YearMonth;
import java.util.Map;

/**
 * The baseline: a first JPA version of the import. The file is read by the same {@link TallyCsv}; each good row is
 * saved as it comes, all in one transaction (rolled back if the file has a problem): look up the row's counter by
 * its answers, add to it or persist a new one, flush. Into {@code bench_tally_naive}, a copy of registration_tally;
 * month totals are not kept.
 */
final class NaiveTallyImport implements AutoCloseable {

    private static final String BY_ANSWERS = "select r from NaiveTallyRow r where r.practiceId = :practice"
            + " and r.month = :month and r.registrationType = :type and r.noPhotoId = :photo"
            + " and r.noProofOfAddress = :address and r.noImmigrationDocuments = :immigration"
            + " and r.noNhsNumber = :nhs and r.interpreterLanguage = :language and r.outcome = :outcome"
            + " and r.refusalReason = :reason";

    private final EntityManagerFactory factory;

    NaiveTallyImport(DataSource dataSource) {
        var bean = new LocalContainerEntityManagerFactoryBean();
        bean.setDataSource(dataSource);
        bean.setPersistenceUnitName("bench-naive-tally");
        bean.setMappingResources("bench/naive-tally-orm.xml");
        bean.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        bean.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "none"));
        bean.afterPropertiesSet();
        factory = bean.getObject();
    }

    /** Imports the file row by row; returns the rows read. */
    int importFile(long practiceId, byte[] content, YearMonth current) {
        EntityManager em = factory.createEntityManager();
        var transaction = em.getTransaction();
        transaction.begin();
        try {
            var reading = TallyCsv.read(content, current, count -> save(em, practiceId, count));
            if (!reading.clean()) {
                throw new IllegalStateException("The generated file has problems: " + reading.problems());
            }
            transaction.commit();
            return reading.rows();
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    private static void save(EntityManager em, long practiceId, Count count) {
        var key = count.key();
        var document = MissingDocument.values();
        String language = key.interpreterLanguage() == null ? "" : key.interpreterLanguage().value();
        String reason = key.refusalReason() == null ? "" : key.refusalReason().name();
        var found = em.createQuery(BY_ANSWERS, NaiveTallyRow.class).setParameter("practice", practiceId)
                .setParameter("month", key.month().toString()).setParameter("type", key.type().name())
                .setParameter("photo", key.missing(document[0])).setParameter("address", key.missing(document[1]))
                .setParameter("immigration", key.missing(document[2])).setParameter("nhs", key.missing(document[3]))
                .setParameter("language", language).setParameter("outcome", key.outcome().name())
                .setParameter("reason", reason).getResultList();
        if (found.isEmpty()) {
            var row = new NaiveTallyRow(practiceId, key.month().toString(), key.type().name(),
                    key.missing(document[0]), key.missing(document[1]), key.missing(document[2]),
                    key.missing(document[3]), language, key.outcome().name(), reason);
            row.add(count.registrations());
            em.persist(row);
        } else {
            found.getFirst().add(count.registrations());
        }
        em.flush();
        // Without this every flush would check every row saved so far, and the rate would fall with the file's size.
        em.clear();
    }

    @Override
    public void close() {
        factory.close();
    }
}
