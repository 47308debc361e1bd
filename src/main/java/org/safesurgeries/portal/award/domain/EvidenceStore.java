package org.safesurgeries.portal.award.domain;

import org.safesurgeries.portal.award.EvidenceFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evidence files: their details per application and criterion, and their bytes stored once per SHA-256 (so
 * re-attaching a file to a renewal copies nothing). Kept in MariaDB so that one backup holds everything.
 */
@Repository
public class EvidenceStore {

    public record StoredEvidence(long id, long applicationId, long criterionId, String fileName,
                                 EvidenceFiles.Kind kind, long size, String sha256, Instant uploadedAt,
                                 String uploadedBy) {
    }

    private static final String COLUMNS = "id, application_id, criterion_id, file_name, kind, size_bytes, sha256, "
            + "uploaded_at, uploaded_by";

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredEvidence> of(long applicationId) {
        return jdbc.query("select " + COLUMNS + " from award_evidence where application_id = ? order by id",
                EvidenceStore::row, applicationId);
    }

    public Optional<StoredEvidence> find(long evidenceId) {
        return jdbc.query("select " + COLUMNS + " from award_evidence where id = ?", EvidenceStore::row, evidenceId)
                .stream().findFirst();
    }

    public long totalBytes(long applicationId) {
        Long total = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from award_evidence "
                + "where application_id = ?", Long.class, applicationId);
        return total == null ? 0 : total;
    }

    public long add(long applicationId, long criterionId, EvidenceFiles.Accepted file, String actor, Instant now) {
        jdbc.update("insert ignore into award_evidence_content (sha256, bytes) values (?, ?)", file.sha256(),
                file.bytes());
        return insert(applicationId, criterionId, file.fileName(), file.kind(), file.size(), file.sha256(), actor, now);
    }

    /** Attaches an already stored file to another application (a renewal): the bytes are shared. */
    public long reattach(long applicationId, long criterionId, StoredEvidence earlier, String actor, Instant now) {
        return insert(applicationId, criterionId, earlier.fileName(), earlier.kind(), earlier.size(), earlier.sha256(),
                actor, now);
    }

    public void remove(long evidenceId) {
        jdbc.update("delete from award_evidence where id = ?", evidenceId);
    }

    public byte[] content(String sha256) {
        return jdbc.queryForObject("select bytes from award_evidence_content where sha256 = ?", byte[].class, sha256);
    }

    private long insert(long applicationId, long criterionId, String name, EvidenceFiles.Kind kind, long size,
                        String sha256, String actor, Instant now) {
        jdbc.update("insert into award_evidence (application_id, criterion_id, file_name, kind, size_bytes, sha256, "
                        + "uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", applicationId, criterionId, name,
                kind.name(), size, sha256, Timestamp.from(now), actor);
        Long id = jdbc.queryForObject("select last_insert_id()", Long.class);
        return id == null ? 0 : id;
    }

    private static StoredEvidence row(ResultSet rs, int n) throws SQLException {
        return new StoredEvidence(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                EvidenceFiles.Kind.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9));
    }
}
