package org.shilu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        assertEquals("sw", RenderingPipeline.softwareUnlessAGpu(properties::get, dev), "no dri folder at all");
        Files.createDirectory(dev.resolve("dri"));
        assertEquals("sw", RenderingPipeline.softwareUnlessAGpu(properties::get, dev), "an empty dri folder");
    }

    @Test
    void aDrmOrNvidiaDeviceLeavesTheChoiceToJavaFx() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        assertNull(RenderingPipeline.softwareUnlessAGpu(properties::get, dev));

        Path nvidia = Files.createDirectory(dev.resolve("other"));
        Files.createFile(nvidia.resolve("nvidia0"));
        assertNull(RenderingPipeline.softwareUnlessAGpu(properties::get, nvidia));
    }

    @Test
    void theUsersOwnOrderAnotherGlassPlatformAndOtherSystemsAreLeftAlone() {
        properties.put("prism.order", "es2");
        assertNull(RenderingPipeline.softwareUnlessAGpu(properties::get, dev));
        properties.remove("prism.order");
        properties.put("glass.platform", "Headless");
        assertNull(RenderingPipeline.softwareUnlessAGpu(properties::get, dev));
        properties.remove("glass.platform");
        properties.put("os.name", "Windows 11");
        assertNull(RenderingPipeline.softwareUnlessAGpu(properties::get, dev));
    }
}
