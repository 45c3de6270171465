package org.shilu.publish;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code s3://bucket/prefix}, with the endpoint of an S3-compatible store ({@code null} for AWS
 * itself) and its region.
 */
public record S3Address(String bucket, String prefix, String endpoint, String region) {
    public static final String DEFAULT_REGION = "us-east-1";

    public static S3Address parse(String text, String endpoint, String region) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an s3://bucket/prefix address: " + text);
        }
        if (!"s3".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an s3://bucket/prefix address: " + text);
        }
        if (endpoint != null && !endpoint.isBlank()) {
            URI end = URI.create(endpoint.strip());
            if (end.getScheme() == null || !end.getScheme().matches("https?") || end.getHost() == null) {
                throw new IllegalArgumentException("the endpoint must be an http:// or https:// address: " + endpoint);
            }
        }
        String prefix = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        return new S3Address(uri.getHost(), prefix, endpoint == null || endpoint.isBlank() ? null : endpoint.strip(),
                region == null || region.isBlank() ? DEFAULT_REGION : region.strip());
    }

    String key(String name) {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix) + (endpoint == null ? "" : " at " + endpoint);
    }
}
