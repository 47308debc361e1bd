package org.safesurgeries.portal.certificate;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** PAdES signatures: valid to Bouncy Castle and to poppler's pdfsig, and broken by any change to the bytes. */
class PdfSignerTest {

    @TempDir
    Path dataDir;

    static byte[] onePage(String text) {
        var out = new ByteArrayOutputStream();
        try (var document = new Document()) {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text));
        }
        return out.toByteArray();
    }

    @Test
    void without_a_configured_keystore_a_self_signed_key_is_made_once_and_kept() throws Exception {
        var first = SigningKeys.load(null, null, null, dataDir);
        var again = SigningKeys.load("", null, null, dataDir);
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("Safe Surgery portal");
        assertThat(first.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("signing/portal-signing.password")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void a_signed_pdf_verifies_and_names_the_ETSI_CAdES_sub_filter() throws Exception {
        var keys = SigningKeys.load(null, null, null, dataDir);
        byte[] signed = new PdfSigner(keys).sign(onePage("Certificate"), "Certificate issued", Instant.now());

        var reader = new PdfReader(signed);
        var fields = reader.getAcroFields();
        var names = fields.getSignedFieldNames();
        assertThat(names).hasSize(1);
        var dictionary = fields.getSignatureDictionary(names.getFirst());
        assertThat(dictionary.getAsName(PdfName.SUBFILTER)).isEqualTo(PdfSigner.SUB_FILTER);
        assertThat(verifies(signed, dictionary)).isTrue();

        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "Certificate".getBytes());
        tampered[at] = 'X';
        assertThat(verifies(tampered, dictionary)).as("a changed byte breaks it").isFalse();
    }

    @Test
    void a_configured_rsa_keystore_signs_as_well() throws Exception {
        Path store = dataDir.resolve("configured.p12");
        var keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "RSA", "-keysize", "3072", "-alias", "practice-network",
                "-dname", "CN=Safe Surgeries network test", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "test-pass", "-keypass", "test-pass")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        var keys = SigningKeys.load(store.toString(), "test-pass", "practice-network", dataDir);
        assertThat(keys.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
        byte[] signed = new PdfSigner(keys).sign(onePage("Certificate"), "Certificate issued", Instant.now());
        var fields = new PdfReader(signed).getAcroFields();
        assertThat(verifies(signed, fields.getSignatureDictionary(fields.getSignedFieldNames().getFirst()))).isTrue();
        assertThat(Files.exists(dataDir.resolve("signing"))).as("no self-signed key when one is configured").isFalse();
    }

    @Test
    void poppler_reports_the_signature_as_valid() throws Exception {
        var pdfsig = Path.of("/usr/bin/pdfsig");
        assertThat(pdfsig).as("pdfsig (poppler-utils) is needed; .ci/run installs it").exists();
        var keys = SigningKeys.load(null, null, null, dataDir);
        Path file = dataDir.resolve("signed.pdf");
        Files.write(file, new PdfSigner(keys).sign(onePage("Certificate"), "Certificate issued", Instant.now()));
        var process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("Signature Validation: Signature is Valid.")
                .contains("ETSI.CAdES.detached");
    }

    // Checks the CMS against the bytes the /ByteRange covers, as a reader would.
    static boolean verifies(byte[] pdf, org.openpdf.text.pdf.PdfDictionary dictionary) throws Exception {
        var range = dictionary.getAsArray(PdfName.BYTERANGE);
        int a = range.getAsNumber(0).intValue();
        int b = range.getAsNumber(1).intValue();
        int c = range.getAsNumber(2).intValue();
        int d = range.getAsNumber(3).intValue();
        var covered = new ByteArrayOutputStream();
        covered.write(pdf, a, b);
        covered.write(pdf, c, d);
        byte[] contents = dictionary.getAsString(PdfName.CONTENTS).getOriginalBytes();
        // /Contents is padded with zeros after the CMS: read the first ASN.1 object only.
        var info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                new org.bouncycastle.asn1.ASN1InputStream(contents).readObject());
        var cms = new CMSSignedData(new CMSProcessableByteArray(covered.toByteArray()), info);
        var signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        var certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
        assertThat(signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime)).isNull();
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
