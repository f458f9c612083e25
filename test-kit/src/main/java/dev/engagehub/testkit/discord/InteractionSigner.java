package dev.engagehub.testkit.discord;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Signs HTTP interactions as Discord does: Ed25519 over timestamp + body, with a key pair made for the test run.
 * The bot under test is given {@link #publicKeyHex()} as its application public key.
 */
public final class InteractionSigner {
    private final KeyPair keys;

    public InteractionSigner() {
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw 32-byte key Discord shows in the developer portal: the tail of the X.509 encoding. */
    public String publicKeyHex() {
        byte[] encoded = keys.getPublic().getEncoded();
        return HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    /** The {@code X-Signature-Ed25519} header for {@code body} sent at {@code timestamp}. */
    public String sign(String timestamp, String body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update((timestamp + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code X-Signature-Timestamp} header for now. */
    public static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }
}
