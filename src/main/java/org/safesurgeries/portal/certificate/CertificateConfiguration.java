package org.safesurgeries.portal.certificate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The signing key (PORTAL_SIGNING_KEYSTORE, PORTAL_SIGNING_KEYSTORE_PASSWORD, PORTAL_SIGNING_KEY_ALIAS, or a
 * self-signed key made under PORTAL_DATA_DIR) and the certificate and poster renderers, made once at start.
 */
@Configuration
class CertificateConfiguration {

    @Bean
    SigningKeys signingKeys(@Value("${portal.signing.keystore:}") String keystore,
                            @Value("${portal.signing.keystore-password:}") String password,
                            @Value("${portal.signing.key-alias:}") String alias,
                            @Value("${portal.data-dir}") String dataDir) {
        return SigningKeys.load(keystore, password, alias, Path.of(dataDir));
    }

    @Bean
    PdfSigner pdfSigner(SigningKeys keys) {
        return new PdfSigner(keys);
    }

    @Bean
    CertificateRenderer certificateRenderer() {
        return new CertificateRenderer();
    }

    @Bean
    PosterRenderer posterRenderer() {
        return new PosterRenderer();
    }
}
