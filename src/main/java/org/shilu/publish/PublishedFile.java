package org.shilu.publish;

/**
 * One file of a published edition, with what a web server or object store should tell readers
 * about it: its content type and how long a browser or CDN may keep it.
 */
public record PublishedFile(String name, byte[] content, String contentType, String cacheControl) {
    public PublishedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    int size() {
        return content.length;
    }

    byte[] bytes() {
        return content;
    }
}
