package org.safesurgeries.portal.certificate;

/**
 * A language a waiting-room poster can be downloaded in.
 *
 * @param code        the language's code, as in the file name {@code certificates/posters/<code>.json} ("ar", "prs")
 * @param englishName what staff call it ("Kurdish (Sorani)")
 * @param nativeName  what its speakers call it, to show beside the English name in a language picker
 * @param rightToLeft whether it is written right to left (Arabic script), and the poster laid out in a mirror
 * @param checked     whether a native speaker has checked the wording; unchecked wording is a machine-made draft
 */
public record PosterLanguage(String code, String englishName, String nativeName, boolean rightToLeft,
                             boolean checked) {
}
