package org.safesurgeries.portal.certificate.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The signed bytes of each certificate, exactly as issued. */
@Repository
public class CertificatePdfs {

    private final JdbcTemplate jdbc;

    CertificatePdfs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long certificateId, byte[] pdf) {
        jdbc.update("insert into certificate_pdf (certificate_id, bytes) values (?, ?)", certificateId, pdf);
    }

    public Optional<byte[]> of(long certificateId) {
        return jdbc.query("select bytes from certificate_pdf where certificate_id = ?", (rs, n) -> rs.getBytes(1),
                certificateId).stream().findFirst();
    }
}
