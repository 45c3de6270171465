package org.shilu.share;

import java.sql.SQLException;

/** Why the shared database did not do what was asked, in words for the user; the cause is kept for the log. */
public final class ShareException extends Exception {
    /** What went wrong, for the window to choose its message. */
    public enum Kind { UNREACHABLE, WRONG_LOGIN, BAD_CERTIFICATE, NO_ACCESS, NOT_SHARED, REFUSED }

    private final Kind kind;

    public ShareException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The failure of a statement or a connection, told by its SQL state. */
    static ShareException of(SQLException e, ShareAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? state : e.getMessage();
        if (state.equals("28P01")) {
            return new ShareException(Kind.WRONG_LOGIN, "the server " + address + " refused the user name or password", e);
        }
        if (state.equals("28000")) {
            // No line of the server's pg_hba.conf lets this user in from here, in this way (TLS or not).
            return new ShareException(Kind.REFUSED, "the server " + address + " does not let this user in from here ("
                    + message + ")", e);
        }
        if (message.contains("SSL") || message.contains("certificate") || message.contains("PKIX")
                || e.getCause() instanceof javax.net.ssl.SSLException) {
            return new ShareException(Kind.BAD_CERTIFICATE, "the server " + address
                    + " could not be trusted: its TLS certificate failed the check (" + message + ")", e);
        }
        if (state.startsWith("08")) {
            return new ShareException(Kind.UNREACHABLE, "the server " + address + " cannot be reached (" + message + ")", e);
        }
        if (state.equals("42501")) {
            return new ShareException(Kind.NO_ACCESS, "the database user " + address.user()
                    + " may not do this (" + message + ")", e);
        }
        return new ShareException(Kind.REFUSED, "the server " + address + " refused: " + message, e);
    }
}
