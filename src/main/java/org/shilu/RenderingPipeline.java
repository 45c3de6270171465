package org.shilu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * JavaFX's choice of how to paint, made before the toolkit starts. On Linux without a graphics
 * device (a virtual machine, a remote desktop, a server's Xvfb) Mesa can only render in software,
 * and JavaFX's OpenGL pipeline turns Mesa's software renderer down: it loads Mesa, asks it for its
 * vendor, and falls back to JavaFX's own software pipeline. There Shilu asks for the software
 * pipeline at once, and tells GTK not to look for OpenGL either ({@code GDK_GL=disable}): GTK's
 * start otherwise loads Mesa's software renderer and LLVM with it, some of the time, for visuals
 * that JavaFX never uses. The same painting, without Mesa: 50 to 60 MB less resident memory,
 * measured from outside. With a graphics device, on the other systems, under another glass platform
 * or with a {@code prism.order} the user set, everything is left as it is; a {@code GDK_GL} the user
 * set is kept.
 */
final class RenderingPipeline {
    static final String PRISM_ORDER = "prism.order";
    static final String GTK_GL = "GDK_GL";

    private RenderingPipeline() {
    }

    /** Chooses JavaFX's software pipeline, and GTK without OpenGL, where the OpenGL one could only fall back to it. */
    static void chooseBeforeTheToolkitStarts() {
        if (onlySoftwareCanPaint(System::getProperty, Path.of("/dev"))) {
            System.setProperty(PRISM_ORDER, "sw");
            setEnvironmentUnlessSet(GTK_GL, "disable");
        }
    }

    /** Linux with no graphics device in {@code dev}, and neither the user nor a glass platform of its own chose already. */
    static boolean onlySoftwareCanPaint(Function<String, String> property, Path dev) {
        String os = property.apply("os.name");
        return property.apply(PRISM_ORDER) == null && property.apply("glass.platform") == null
                && os != null && os.toLowerCase(Locale.ROOT).contains("linux") && !hasGraphicsDevice(dev);
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

    /**
     * The C library's {@code setenv(name, value, 0)}, for GTK, which reads its environment when the
     * toolkit starts; a variable the user set stays. Java has no setter of its own. Returns whether
     * the call was made; if it cannot be, GTK may load Mesa, which costs memory only.
     */
    static boolean setEnvironmentUnlessSet(String name, String value) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle setenv = linker.downcallHandle(linker.defaultLookup().find("setenv").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            try (Arena arena = Arena.ofConfined()) {
                return (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0) == 0;
            }
        } catch (Throwable notHere) { // no C library to call, or native access refused: only memory is lost
            return false;
        }
    }
}
