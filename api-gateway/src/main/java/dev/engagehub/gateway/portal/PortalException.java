package dev.engagehub.gateway.portal;

/** A page that cannot be shown: rendered as the portal's error page with the service's reason. */
public class PortalException extends RuntimeException {
    private final int status;

    public PortalException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
