package org.shilu.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A cable between one seat and the real server that a test can cut and join again: a TCP
 * forwarder on 127.0.0.1 that passes the bytes through untouched, or, when cut, drops every
 * connection and refuses new ones. It knows nothing of PostgreSQL's protocol.
 */
public final class CutCable implements AutoCloseable {
    private final ServerSocket listening;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    public CutCable(int target) throws IOException {
        this.target = target;
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "cut-cable");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    public void cut() {
        cut = true;
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }
        open.clear();
    }

    public void join() {
        cut = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket seat = listening.accept();
                if (cut) {
                    seat.close();
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(seat);
                open.add(server);
                pump(seat, server);
                pump(server, seat);
            } catch (IOException e) {
                // a refused or dropped connection is what a cut cable does
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other end went
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // both ends are closed either way
                }
            }
        }, "cut-cable-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        cut();
        listening.close();
    }
}
