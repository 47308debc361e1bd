package org.safesurgeries.portal.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** A work email address, stored in lower case so that sign-in ignores case. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public EmailAddress {
        if (value == null || value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter an email address, for example name@practice.nhs.uk.");
        }
    }

    public static EmailAddress parse(String text) {
        return new EmailAddress(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
