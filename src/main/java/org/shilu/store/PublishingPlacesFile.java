package org.shilu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.shilu.format.BadInputException;

/**
 * Publishing places exported for another seat or machine, and imported back: a JSON list of places,
 * never with a secret (a place holds none). A file that is not such a list is refused with its line.
 */
public final class PublishingPlacesFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PublishingPlacesFile() {
    }

    public static void write(Path file, List<PublishProfile> places) throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(new ArrayList<>(places)));
    }

    public static List<PublishProfile> read(Path file) throws IOException, BadInputException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            List<PublishProfile> places = JSON.readValue(bytes, new TypeReference<List<PublishProfile>>() { });
            if (places == null || places.contains(null)) {
                throw BadInputException.atLine(file.toString(), 1, "not a list of publishing places");
            }
            return places;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String reason = e.getCause() instanceof IllegalArgumentException refused ? refused.getMessage()
                    : e.getOriginalMessage();
            throw BadInputException.atLine(file.toString(), line, "not a list of publishing places: " + reason);
        }
    }
}
