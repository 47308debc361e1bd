package org.safesurgeries.portal.certificate;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The portal's signing key and certificate: from a PKCS#12 keystore named by configuration, or, when none is
 * configured, a self-signed one the portal creates under its data folder on first start (its password in a file
 * beside it, readable by the portal's user only). Production should configure a certificate that people can trust.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String SELF_SIGNED_NAME = "CN=Safe Surgery portal (self-signed), O=Safe Surgeries network, C=GB";

    private final PrivateKey key;
    private final X509Certificate certificate;

    private SigningKeys(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** The configured keystore, or the self-signed one in {@code dataDir/signing} (made if missing). */
    public static SigningKeys load(String keystore, String password, String alias, Path dataDir) {
        if (keystore != null && !keystore.isBlank()) {
            return fromKeystore(Path.of(keystore), password == null ? new char[0] : password.toCharArray(), alias);
        }
        Path folder = dataDir.resolve("signing");
        Path file = folder.resolve("portal-signing.p12");
        Path passwordFile = folder.resolve("portal-signing.password");
        try {
            if (!Files.exists(file)) {
                createSelfSigned(folder, file, passwordFile);
            }
            return fromKeystore(file, Files.readString(passwordFile).strip().toCharArray(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key under " + folder, e);
        }
    }

    private static SigningKeys fromKeystore(Path file, char[] password, String alias) {
        try (var in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias != null && !alias.isBlank() ? alias : store.aliases().nextElement();
            var key = (PrivateKey) store.getKey(name, password);
            var certificate = (X509Certificate) store.getCertificate(name);
            if (key == null || certificate == null) {
                throw new IllegalStateException("The keystore " + file + " has no private key under \"" + name + "\".");
            }
            return new SigningKeys(key, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createSelfSigned(Path folder, Path file, Path passwordFile) throws IOException {
        Files.createDirectories(folder);
        var random = new SecureRandom();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
        try {
            // ECDSA P-256: as strong as RSA-3072 and an eighth of its signing time (bench/README.md).
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), random);
            var pair = generator.generateKeyPair();
            var name = new X500Name(SELF_SIGNED_NAME);
            var now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, random),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder(signatureAlgorithm(pair.getPrivate())).build(pair.getPrivate());
            var certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("portal", pair.getPrivate(), password, new X509Certificate[] {certificate});
            Files.writeString(passwordFile, new String(password));
            restrict(passwordFile);
            try (var out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            restrict(file);
            log.warn("Created a self-signed certificate-signing key in {}. Configure PORTAL_SIGNING_KEYSTORE with a "
                    + "trusted certificate for production.", file);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create a signing key", e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the folder's own permissions must protect it.
        }
    }

    /** SHA-256 with the key's own algorithm: a configured keystore may hold RSA or EC keys. */
    static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("Signing keys must be RSA or EC, not " + key.getAlgorithm());
        };
    }

    PrivateKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return certificate;
    }
}
