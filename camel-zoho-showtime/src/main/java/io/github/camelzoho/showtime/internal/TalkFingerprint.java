package io.github.camelzoho.showtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.showtime.model.Talk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key {@code onlyNew} remembers for a talk: its id and a digest of everything ShowTime said about it (the talk,
 * its session and members), so a talk is emitted again when any of that changes, and only then.
 */
public final class TalkFingerprint {

    private TalkFingerprint() {
    }

    /** {@code <talkId>:<first 16 hex digits of the SHA-256 of the talk's JSON>}. */
    public static String of(Talk talk, ObjectMapper mapper) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(talk));
            return TalkListing.key(talk) + ':' + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint talk " + TalkListing.key(talk), e);
        }
    }
}
