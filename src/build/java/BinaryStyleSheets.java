import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.css.Stylesheet;

/**
 * Run by the build (pom.xml, process-classes): writes JavaFX's binary form (.bss) of the style
 * sheets the window reads at every start, so that JavaFX's CSS parser, cold, does not run on the
 * event thread before the window shows.
 *
 *     java -cp CLASSPATH src/build/java/BinaryStyleSheets.java OUTPUT-FOLDER RESOURCE[=TARGET]...
 *
 * Each RESOURCE is a .css found on the class path (Shilu's own, or a library's); it is written to
 * OUTPUT-FOLDER/TARGET, or beside its own path, with .bss for .css. JavaFX reads a .bss that lies
 * beside a .css in its place.
 */
public final class BinaryStyleSheets {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BinaryStyleSheets OUTPUT-FOLDER RESOURCE[=TARGET]...");
        }
        Path output = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] names = args[i].split("=", 2);
            String target = (names.length == 2 ? names[1] : names[0]).replaceFirst("\\.css$", "") + ".bss";
            convert(names[0], output.resolve(target));
        }
    }

    private static void convert(String resource, Path target) throws IOException {
        URL source = ClassLoader.getSystemResource(resource);
        if (source == null) {
            throw new IOException(resource + " is not on the class path");
        }
        Path css = Files.createTempFile("style", ".css");
        try (InputStream in = source.openStream()) {
            Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(target.getParent());
            Stylesheet.convertToBinary(css.toFile(), target.toFile());
        } finally {
            Files.delete(css);
        }
    }
}
