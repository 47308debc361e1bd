package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.certificate.VerificationCode;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The award certificates both sides make: varied practice names (a third of them in Arabic, Persian, Amharic,
 * Devanagari, Bengali, Gurmukhi, Greek or Cyrillic script, two of them long), ODS codes, dates and verification codes.
 * Seeded, so every run renders the same certificates.
 */
final class CertificateSamples {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Cut at 200 characters, as in CertificateRendererTest's worst case. */
    static final String LONG_NAME = ("The Riverside and Canal Street Community Health Partnership incorporating the Old"
            + " Town Surgery, the Northfields Family Practice and the Saint Bartholomew's Walk-in Centre for Asylum"
            + " Seekers and Refugees, Greater Manchester").substring(0, 200);

    static final List<String> NAMES = List.of(
            "Riverside Medical Centre",
            "Canal Street Surgery",
            "عيادة النور الطبية",
            "The Old Forge Surgery",
            "St Mary's & St John's Health Centre",
            "मरीज़ सेवा क्लिनिक",
            LONG_NAME,
            "Harbour View Practice",
            "ክሊኒክ ተስፋ ጤና ጣቢያ",
            "Dr Nguyễn Thị Hồng's Practice",
            "সুমাইয়া মেডিকেল সেন্টার",
            "Northfields Family Practice",
            "مطب دکتر زهرا احمدی\u200cنژاد",
            "The Harbour View, Meadowbank and Greenhill Primary Care Network Surgery at the Royal Infirmary Annexe",
            "ਗੁਰੂ ਨਾਨਕ ਸਿਹਤ ਕੇਂਦਰ",
            "Ιατρείο Αγίου Νικολάου",
            "Поликлиника «Здоровье»",
            "Greenway Surgery");

    private CertificateSamples() {
    }

    /** One set of award fields per name, with the portal's field names and formats (CertificateService). */
    static List<Map<String, String>> awards(long seed) {
        var random = new Random(seed);
        SecureRandom codes = seeded(seed);
        List<Map<String, String>> all = new ArrayList<>();
        for (String name : NAMES) {
            LocalDate issued = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
            VerificationCode code = VerificationCode.random(codes);
            var fields = new LinkedHashMap<String, String>();
            fields.put("practiceName", name);
            fields.put("odsCode", "%c%05d".formatted((char) ('A' + random.nextInt(26)), random.nextInt(100_000)));
            fields.put("issuedOn", DAY.format(issued));
            fields.put("expiresOn", DAY.format(issued.plusYears(3).minusDays(1)));
            fields.put("code", code.grouped());
            fields.put("verifyUrl", "https://portal.safesurgeries.org.uk/verify/" + code.value());
            all.add(Map.copyOf(fields));
        }
        return List.copyOf(all);
    }

    /** SHA1PRNG seeded before its first use gives the same codes every run. */
    private static SecureRandom seeded(long seed) {
        try {
            var random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
