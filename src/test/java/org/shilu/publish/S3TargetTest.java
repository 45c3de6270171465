package org.shilu.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.adobe.testing.s3mock.junit5.S3MockExtension;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import org.shilu.format.PortalTextWriter;
import org.shilu.format.Project;
import org.shilu.format.SampleFixture;

/** Publishing to a real S3-compatible server (Adobe S3Mock) started here on 127.0.0.1. */
class S3TargetTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final S3MockExtension S3 = S3MockExtension.builder().silent().withInitialBuckets("portal")
            .withProperty("server.address", "127.0.0.1").build();

    private final Reports reports = new Reports();

    private static String endpoint() {
        return "http://127.0.0.1:" + S3.getHttpPort();
    }

    private Publisher publisher(String address) {
        PublishOptions options = PublishOptions.DEFAULTS.withCoalesceMillis(0);
        S3Target target = new S3Target(S3Address.parse(address, endpoint(), null), "shilu", () -> "secret");
        return new Publisher(new Editions("programme-a", options, turn -> true), options, List.of(target),
                LocalDateTime::now, Runnable::run, reports);
    }

    @Test
    void theObjectsAreWhatExportWritesWithTheirTypesAndCacheLifetimes() throws Exception {
        Project sample = SampleFixture.project();
        try (Publisher publisher = publisher("s3://portal/live/2022-03-23")) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "live: " + reports);
        }
        try (S3Client s3 = S3.createS3ClientV2()) {
            byte[] text = s3.getObjectAsBytes(GetObjectRequest.builder().bucket("portal")
                    .key("live/2022-03-23/" + Editions.TEXT).build()).asByteArray();
            assertArrayEquals(new PortalTextWriter().writeBytes(sample), text);
            HeadObjectResponse feed = s3.headObject(b -> b.bucket("portal").key("live/2022-03-23/" + Editions.FEED));
            assertEquals("application/json;charset=utf-8", feed.contentType().replace(" ", ""), "as S3Mock normalises it");
            assertEquals(Editions.FEED_CACHE, feed.cacheControl());
            HeadObjectResponse page = s3.headObject(b -> b.bucket("portal").key("live/2022-03-23/" + Editions.PAGE));
            assertEquals("text/html;charset=utf-8", page.contentType().replace(" ", ""));
            assertEquals(Editions.PAGE_CACHE, page.cacheControl());
        }
    }

    @Test
    void turnsTypedWhileTheStorageIsGoneArriveWhenItReturns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        S3MockExtension storage = S3MockExtension.builder().silent().withInitialBuckets("portal").withHttpPort(port)
                .withRootFolder(root.toString()).withRetainFilesOnExit(true)
                .withProperty("server.address", "127.0.0.1").build();
        storage.start();
        PublishOptions options = PublishOptions.DEFAULTS.withCoalesceMillis(0);
        S3Target target = new S3Target(S3Address.parse("s3://portal/live", "http://127.0.0.1:" + port, null), "shilu",
                () -> "secret");
        Project sample = SampleFixture.project();
        java.util.List<org.shilu.model.Turn> turns = new java.util.ArrayList<>(sample.transcript().turns());
        try (Publisher publisher = new Publisher(new Editions("programme-a", options, turn -> true), options,
                List.of(target), LocalDateTime::now, Runnable::run, reports)) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "live: " + reports);
            storage.stop();
            for (int i = 0; i < 5; i++) {
                turns.add(org.shilu.model.Turn.of(turns.getFirst().speakerId(), "断网第" + i + "段"));
                publisher.changed(sample.with(sample.transcript().withTurns(turns), sample.profile()));
            }
            reports.await(r -> r.state() == TargetStatus.State.FAILING, PATIENCE);
            assertTrue(reports.all().stream().anyMatch(r -> r.state() == TargetStatus.State.FAILING), () -> "failing: " + reports);
            storage.start();
            publisher.publishNow();
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "live again: " + reports.last());
            try (S3Client s3 = storage.createS3ClientV2()) {
                Feed feed = Feed.parse(s3.getObjectAsBytes(GetObjectRequest.builder().bucket("portal")
                        .key("live/" + Editions.FEED).build()).asByteArray());
                assertEquals(turns.size(), feed.turns().size(), "every turn arrived");
            }
        } finally {
            storage.stop();
        }
    }

    @Test
    void aMissingBucketIsNamed() throws Exception {
        try (Publisher publisher = publisher("s3://no-such-bucket/live")) {
            publisher.changed(SampleFixture.project());
            assertFalse(publisher.awaitSettled(PATIENCE));
            assertEquals(TargetStatus.State.FAILING, reports.last().state());
            assertTrue(reports.last().reason().contains("no-such-bucket"), reports.last().reason());
        }
    }
}
