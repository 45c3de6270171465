package org.shilu.publish;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3-compatible object storage (an AWS bucket, MinIO, a cloud's OSS behind a CDN), through the AWS
 * SDK v2. An object is replaced whole by each PUT, so readers never see half a file; each gets its
 * content type and {@code Cache-Control} (short for the feed, longer for the page shell).
 */
public final class S3Target implements PublishTarget {
    private final S3Address address;
    private final String accessKey;
    private final java.util.function.Supplier<String> secretKey;
    private S3Client client;

    public S3Target(S3Address address, String accessKey, java.util.function.Supplier<String> secretKey) {
        this.address = address;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    @Override
    public String describe() {
        return address.toString();
    }

    @Override
    public Optional<byte[]> read(String name) throws IOException {
        try {
            return Optional.of(client().getObjectAsBytes(GetObjectRequest.builder().bucket(address.bucket())
                    .key(address.key(name)).build()).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            throw described(e, name);
        } catch (SdkClientException e) {
            throw new IOException(Problems.describe(e), e);
        }
    }

    @Override
    public void put(PublishedFile file) throws IOException {
        try {
            client().putObject(PutObjectRequest.builder().bucket(address.bucket()).key(address.key(file.name()))
                    .contentType(file.contentType()).cacheControl(file.cacheControl()).build(),
                    RequestBody.fromBytes(file.bytes()));
        } catch (S3Exception e) {
            throw described(e, file.name());
        } catch (SdkClientException e) {
            throw new IOException(Problems.describe(e), e);
        }
    }

    private IOException described(S3Exception e, String name) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        String where = address.bucket() + "/" + address.key(name);
        String words = switch (e.statusCode()) {
            case 403 -> "the storage refused the access key (" + code + ") for " + where;
            case 404 -> "no such bucket: " + address.bucket();
            case 507 -> "the storage is full: " + where;
            default -> code.contains("Quota") || code.contains("EntityTooLarge")
                    ? "the storage is over its quota: " + where
                    : where + ": " + code + " (HTTP " + e.statusCode() + ")";
        };
        return new Problems.PublishException(words, e);
    }

    private S3Client client() throws IOException {
        if (client == null) {
            String secret = secretKey.get();
            if (accessKey == null || accessKey.isBlank() || secret == null) {
                throw new Problems.PublishException("no access key and secret were given for " + address);
            }
            var builder = S3Client.builder()
                    .region(Region.of(address.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                    .httpClient(UrlConnectionHttpClient.create())
                    // Many S3-compatible stores refuse the newer default checksums.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            if (address.endpoint() != null) {
                builder.endpointOverride(URI.create(address.endpoint())).forcePathStyle(true);
            }
            client = builder.build();
        }
        return client;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
