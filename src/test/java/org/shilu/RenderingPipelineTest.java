package org.shilu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {
    @TempDir
    Path dev;

    private final Map<String, String> properties = new HashMap<>(Map.of("os.name", "Linux"));

    @Test
    void linuxWithoutAGraphicsDeviceAsksForTheSoftwarePipeline() throws Exception {
        assertTrue(RenderingPipeline.onlySoftwareCanPaint(properties::get, dev), "no dri folder at all");
        Files.createDirectory(dev.resolve("dri"));
        assertTrue(RenderingPipeline.onlySoftwareCanPaint(properties::get, dev), "an empty dri folder");
    }

    @Test
    void aDrmOrNvidiaDeviceLeavesTheChoiceToJavaFx() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        assertFalse(RenderingPipeline.onlySoftwareCanPaint(properties::get, dev));

        Path nvidia = Files.createDirectory(dev.resolve("other"));
        Files.createFile(nvidia.resolve("nvidia0"));
        assertFalse(RenderingPipeline.onlySoftwareCanPaint(properties::get, nvidia));
    }

    @Test
    void theEnvironmentIsSetForTheCLibraryButAValueAlreadyThereStays() throws Throwable {
        String name = "SHILU_TEST_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        assertNull(getenv(name));
        assertTrue(RenderingPipeline.setEnvironmentUnlessSet(name, "disable"));
        assertEquals("disable", getenv(name));
        assertTrue(RenderingPipeline.setEnvironmentUnlessSet(name, "other"));
        assertEquals("disable", getenv(name), "the value first set stays, as the user's GDK_GL would");
    }

    /** What GTK reads: the C library's getenv (Java's System.getenv is a copy made at start). */
    private static String getenv(String name) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle getenv = linker.downcallHandle(linker.defaultLookup().find("getenv").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = (MemorySegment) getenv.invokeExact(arena.allocateFrom(name));
            return value.equals(MemorySegment.NULL) ? null : value.reinterpret(Long.MAX_VALUE).getString(0);
        }
    }

    @Test
    void theUsersOwnOrderAnotherGlassPlatformAndOtherSystemsAreLeftAlone() {
        properties.put("prism.order", "es2");
        assertFalse(RenderingPipeline.onlySoftwareCanPaint(properties::get, dev));
        properties.remove("prism.order");
        properties.put("glass.platform", "Headless");
        assertFalse(RenderingPipeline.onlySoftwareCanPaint(properties::get, dev));
        properties.remove("glass.platform");
        properties.put("os.name", "Windows 11");
        assertFalse(RenderingPipeline.onlySoftwareCanPaint(properties::get, dev));
    }
}
