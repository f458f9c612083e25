package dev.engagehub.bot.interaction;

import dev.engagehub.bot.discord.DiscordSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Discord signs every request to the interactions endpoint with the application's Ed25519 key over
 * {@code timestamp + body}. Verified with the JDK's own Ed25519; a timestamp outside five minutes is refused
 * too, so a captured request cannot be replayed later.
 */
@ApplicationScoped
public class InteractionSignatures {
    static final Duration FRESHNESS = Duration.ofMinutes(5);
    /** DER prefix that turns a raw 32-byte Ed25519 key into an X.509 SubjectPublicKeyInfo. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public enum Verdict { VALID, BAD_SIGNATURE, STALE, NOT_CONFIGURED }

    private final Optional<PublicKey> key;

    InteractionSignatures(DiscordSettings settings) {
        key = settings.publicKey().filter(hex -> !hex.isBlank()).map(InteractionSignatures::decode);
    }

    public Verdict verify(String signatureHex, String timestamp, byte[] body, Instant now) {
        if (key.isEmpty()) {
            return Verdict.NOT_CONFIGURED;
        }
        if (signatureHex == null || timestamp == null || !timestamp.matches("\\d{1,12}")
                || !signatureHex.matches("[0-9a-fA-F]{128}")) {
            return Verdict.BAD_SIGNATURE;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.get());
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            if (!verifier.verify(HexFormat.of().parseHex(signatureHex))) {
                return Verdict.BAD_SIGNATURE;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verdict.BAD_SIGNATURE;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return Duration.between(signedAt, now).abs().compareTo(FRESHNESS) > 0 ? Verdict.STALE : Verdict.VALID;
    }

    private static PublicKey decode(String hex) {
        try {
            byte[] raw = HexFormat.of().parseHex(hex.strip());
            byte[] der = new byte[X509_PREFIX.length + raw.length];
            System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
            System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("ENGAGEHUB_DISCORD_PUBLIC_KEY is not a hex Ed25519 public key", e);
        }
    }
}
