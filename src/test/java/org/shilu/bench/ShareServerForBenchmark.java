package org.shilu.bench;

import org.shilu.format.PortalTextReader;
import org.shilu.share.PostgresForTests;
import org.shilu.share.SeatRole;
import org.shilu.share.SharedStore;

/**
 * For packaging/sharing-benchmark.sh: a real PostgreSQL server on 127.0.0.1 holding the sample
 * programme, shared by anna. Prints {@code ADDRESS postgresql://anna@127.0.0.1:PORT/share_window#ID}
 * (the password is anna-password) and runs until its standard input closes.
 */
public final class ShareServerForBenchmark {
    private ShareServerForBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (PostgresForTests server = new PostgresForTests("share_window")) {
            byte[] sample;
            try (var in = ShareServerForBenchmark.class.getResourceAsStream("/org/shilu/samples/lianyungang-2022-03-23.portal.txt")) {
                sample = in.readAllBytes();
            }
            try (SharedStore store = server.open("anna")) {
                var programme = store.share("行风热线", new PortalTextReader().read(sample, "sample").project().transcript(),
                        "anna", SeatRole.OPERATOR);
                System.out.println("ADDRESS " + server.as("anna").uri(programme));
                System.out.flush();
            }
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
