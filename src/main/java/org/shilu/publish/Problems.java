package org.shilu.publish;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why an upload failed, in words for the operator: never a stack trace, always the reason the system gave. */
public final class Problems {
    private Problems() {
    }

    /** A problem Shilu found itself, whose message is already the words to show. */
    public static final class PublishException extends IOException {
        private static final long serialVersionUID = 1L;

        public PublishException(String message) {
            super(message);
        }

        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String describe(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            String words = known(at);
            if (words != null) {
                return words;
            }
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.strip();
    }

    private static String known(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (failure instanceof PublishException) {
            return message;
        }
        if (failure instanceof ConnectException) {
            return "the server refused the connection (is it running, and is the port right?)";
        }
        if (failure instanceof UnknownHostException) {
            return "no such host: " + message;
        }
        if (failure instanceof NoRouteToHostException) {
            return "the network cannot reach the server: " + message;
        }
        if (failure instanceof SocketTimeoutException || lower.contains("timeout") || lower.contains("timed out")) {
            return "the server did not answer in time";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) failure).getFile();
        }
        if (lower.contains("no space left") || lower.contains("quota")) {
            return "the target is full (no space left, or over quota)";
        }
        if (failure instanceof NoSuchFileException missing) {
            return "not there: " + missing.getFile() + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getFile() + ": " + fileSystem.getReason();
        }
        return null;
    }
}
