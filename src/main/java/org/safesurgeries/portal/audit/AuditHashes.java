package org.safesurgeries.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an entry covers its content and the previous entry's hash, so changing, deleting or inserting a
 * row anywhere breaks every link after it. Fields are length-prefixed so that no two entries serialise alike.
 */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    static String hash(String previousHash, String eventId, Instant occurredAt, String actor, String action,
                       String entityType, String entityId, String details) {
        var text = new StringBuilder();
        for (String field : new String[] {previousHash, eventId, Long.toString(occurredAt.getEpochSecond()),
                Integer.toString(occurredAt.getNano() / 1000), actor, action, entityType,
                entityId == null ? "" : entityId, details}) {
            text.append(field.length()).append(':').append(field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
