package dev.engagehub.bot.interaction;

/** A refusal the member should read as it is (bad option, not allowed, nothing to show). */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message, null, false, false);
    }
}
