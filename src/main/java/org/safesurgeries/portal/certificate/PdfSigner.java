package org.safesurgeries.portal.certificate;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Signs a PDF as PAdES (sub-filter ETSI.CAdES.detached): OpenPDF reserves the signature's place and gives the bytes
 * to sign, Bouncy Castle builds the CMS with the signing-certificate-v2 attribute and without signing-time (PAdES
 * keeps the time in the signature dictionary's /M). Poppler's pdfsig reports such a signature as valid.
 */
public final class PdfSigner {

    static final PdfName SUB_FILTER = new PdfName("ETSI.CAdES.detached");
    // Room for the CMS (a signature and its certificate take under 3 KB with RSA-3072, less with ECDSA).
    private static final int RESERVED_BYTES = 8192;

    private final SigningKeys keys;

    public PdfSigner(SigningKeys keys) {
        this.keys = keys;
    }

    public byte[] sign(byte[] pdf, String reason, Instant signedAt) {
        try {
            var reader = new PdfReader(pdf);
            var out = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_BYTES + 4096);
            var stamper = PdfStamper.createSignature(reader, out, null);
            var appearance = stamper.getSignatureAppearance();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(signedAt.toEpochMilli());
            appearance.setSignDate(when);
            appearance.setReason(reason);
            var dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, SUB_FILTER);
            dictionary.setReason(reason);
            dictionary.setName(keys.certificate().getSubjectX500Principal().getName());
            dictionary.setDate(new PdfDate(when));
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, RESERVED_BYTES * 2 + 2));
            byte[] cms = cms(appearance.getRangeStream().readAllBytes());
            if (cms.length > RESERVED_BYTES) {
                throw new IllegalStateException("The signature needs " + cms.length + " bytes; " + RESERVED_BYTES
                        + " were reserved.");
            }
            var update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, RESERVED_BYTES)).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("The certificate could not be signed: " + e.getMessage(), e);
        }
    }

    private byte[] cms(byte[] signedBytes) {
        try {
            var certificate = keys.certificate();
            var certHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            var signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certHash))));
            CMSAttributeTableGenerator signedAttributes = parameters -> {
                AttributeTable table = new DefaultSignedAttributeTableGenerator(
                        new AttributeTable(new DERSet(signingCertificate))).getAttributes(parameters);
                return table.remove(CMSAttributes.signingTime);
            };
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(SigningKeys.signatureAlgorithm(keys.key())).build(keys.key()),
                            certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("The signature could not be made: " + e.getMessage(), e);
        }
    }
}
