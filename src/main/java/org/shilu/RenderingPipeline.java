package org.shilu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * JavaFX's choice of how to paint, made before the toolkit starts. On Linux without a graphics
 * device (a virtual machine, a remote desktop, a server's Xvfb) Mesa can only render in software,
 * and JavaFX's OpenGL pipeline turns Mesa's software renderer down: it loads Mesa, asks it for its
 * vendor, and falls back to JavaFX's own software pipeline, leaving Mesa's libraries in memory
 * (63 MB of resident memory, measured with an empty stage under Xvfb). There Shilu asks for the
 * software pipeline at once: the same painting, without Mesa. With a graphics device, on the other
 * systems, or when the user set {@code prism.order}, JavaFX chooses as it always does.
 */
final class RenderingPipeline {
    static final String PROPERTY = "prism.order";

    private RenderingPipeline() {
    }

    /** Sets {@code prism.order} to the software pipeline where the OpenGL one could only fall back to it. */
    static void chooseBeforeTheToolkitStarts() {
        String order = softwareUnlessAGpu(System::getProperty, Path.of("/dev"));
        if (order != null) {
            System.setProperty(PROPERTY, order);
        }
    }

    /** The order to set, or null to leave JavaFX's own: "sw" on Linux when {@code dev} holds no graphics device. */
    static String softwareUnlessAGpu(Function<String, String> property, Path dev) {
        String os = property.apply("os.name");
        if (property.apply(PROPERTY) != null || property.apply("glass.platform") != null
                || os == null || !os.toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        return hasGraphicsDevice(dev) ? null : "sw";
    }

    /** A DRM device (/dev/dri/card0, renderD128: Mesa's hardware drivers) or NVIDIA's own (/dev/nvidia0). */
    static boolean hasGraphicsDevice(Path dev) {
        if (Files.exists(dev.resolve("nvidia0"))) {
            return true;
        }
        try (var entries = Files.list(dev.resolve("dri"))) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException | SecurityException notReadable) {
            return !Files.notExists(dev.resolve("dri")); // there but unreadable: leave the choice to JavaFX
        }
    }
}
