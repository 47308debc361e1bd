package org.safesurgeries.portal.practice;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A practice as its manager and the admin see it. {@code version} guards against overwriting someone's edit. */
public record PracticeDetails(long id, String odsCode, String name, ContactDetails contact, String regionCode,
                              String regionName, String icbCode, String icbName, PracticeStatus status,
                              Headcounts headcounts, long version) {

    /** What the practice manager may edit about how the practice is reached. */
    public record ContactDetails(String addressLine1, String addressLine2, String addressLine3, String town,
                                 String county, String postcode, String telephone) {

        public String singleLine() {
            return Stream.of(addressLine1, addressLine2, addressLine3, town, county, postcode)
                    .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        }

        public List<String> lines() {
            return Stream.of(addressLine1, addressLine2, addressLine3, town, county, postcode)
                    .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
        }
    }

    public String region() {
        return regionName != null ? regionName : regionCode;
    }

    public String icb() {
        return icbName != null ? icbName : icbCode;
    }
}
