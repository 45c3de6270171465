package org.shilu.share;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * Listens on a programme's channel (LISTEN/NOTIFY) on a connection and a daemon thread of its
 * own, and runs {@code wake} for each change any seat logs, and {@code presence} with what a
 * seat says it is editing (on the programme's second channel). A lost connection is made again, after
 * a wait that grows to ten seconds; {@code wake} runs then too, since changes may have come
 * meanwhile. What the change was is read from the log ({@link SharedStore#changesSince}).
 */
public final class ChangeListener implements AutoCloseable {
    private final ShareAddress address;
    private final String password;
    private final String channel;
    private final Runnable wake;
    private final java.util.function.Consumer<String> presence;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;

    ChangeListener(ShareAddress address, String password, String channel, Runnable wake,
                   java.util.function.Consumer<String> presence) {
        this.address = address;
        this.password = password;
        this.channel = channel;
        this.wake = wake;
        this.presence = presence;
        thread = new Thread(this::run, "shilu-share-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the channel is listened to now (false while the server is away). */
    public boolean isListening() {
        return listening;
    }

    private void run() {
        long backoff = 250;
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.properties(password));
                 Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel); // the channel is shilu_ and 32 hex digits: no user text
                statement.execute("LISTEN " + channel + "_editing");
                listening = true;
                backoff = 250;
                wake.run();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    var notifications = pg.getNotifications(500);
                    boolean changed = false;
                    for (var notification : notifications == null ? new org.postgresql.PGNotification[0] : notifications) {
                        if (notification.getName().endsWith("_editing")) {
                            presence.accept(notification.getParameter());
                        } else {
                            changed = true;
                        }
                    }
                    if (changed) {
                        wake.run();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (closed) {
                    return;
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(10_000, backoff * 2);
            }
        }
        listening = false;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        thread.join(5_000);
    }
}
