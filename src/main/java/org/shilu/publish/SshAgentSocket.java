package org.shilu.publish;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * Logs in with the keys of the user's running ssh-agent ({@code SSH_AUTH_SOCK}), over the JDK's own
 * Unix-domain sockets: MINA SSHD speaks the agent protocol, but its Unix client needs a native
 * library Shilu does not ship. The private keys never leave the agent.
 */
final class SshAgentSocket extends AbstractAgentProxy {
    private static final int MOST_ANSWER = 256 * 1024;
    private final SocketChannel channel;

    private SshAgentSocket(Path socket) throws IOException {
        super(null);
        channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    }

    /** The agent at {@code socket}, for MINA SSHD's client to log in with. */
    static SshAgentFactory at(Path socket) {
        return new SshAgentFactory() {
            @Override
            public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
                return List.of(); // the agent is not forwarded to the server
            }

            @Override
            public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
                return new SshAgentSocket(socket);
            }

            @Override
            public SshAgentServer createServer(ConnectionService service) {
                throw new UnsupportedOperationException("Shilu does not forward the agent");
            }
        };
    }

    /** One request (already framed by its length) and its answer, from its type byte on. */
    @Override
    protected synchronized Buffer request(Buffer buffer) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
        while (out.hasRemaining()) {
            channel.write(out);
        }
        ByteBuffer length = read(4);
        int size = length.getInt();
        if (size <= 0 || size > MOST_ANSWER) {
            throw new IOException("the ssh-agent gave an answer of " + size + " bytes");
        }
        return new ByteArrayBuffer(read(size).array());
    }

    private ByteBuffer read(int bytes) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(bytes);
        while (in.hasRemaining()) {
            if (channel.read(in) < 0) {
                throw new EOFException("the ssh-agent closed the connection");
            }
        }
        return in.flip();
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            super.close();
        }
    }
}
