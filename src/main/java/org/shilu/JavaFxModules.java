package org.shilu;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts the window with JavaFX as named modules when {@code java -jar shilu.jar} put it on the class
 * path, which JavaFX does not support (it warns at every start). The jar and the JavaFX libraries
 * beside it in {@code lib/} become a module layer of their own, and the window starts from there; the
 * other libraries are found on the class path behind the layer. Where JavaFX
 * is already named (the installed runtime, {@code mvn javafx:run}) or the jars are not found (a
 * classes folder), nothing is done. Uses no JavaFX class itself.
 */
final class JavaFxModules {
    private static final String APP_MODULE = "org.shilu";
    private static final List<String> NATIVE = List.of("javafx.graphics", "javafx.web", "javafx.media");

    private JavaFxModules() {
    }

    /** True when the window was started (and has ended) from a layer of named modules. */
    static boolean launchAsModules(String[] args) throws ReflectiveOperationException {
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent()) {
            return false;
        }
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return false;
        }
        Path lib = jar.resolveSibling("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            return false;
        }
        List<Path> jars = new ArrayList<>(List.of(jar));
        try (Stream<Path> files = Files.list(lib)) {
            files.filter(JavaFxModules::belongsInTheLayer).sorted().forEach(jars::add);
        } catch (java.io.IOException e) {
            return false;
        }
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<String> roots = finder.findAll().stream().map(reference -> reference.descriptor().name())
                .collect(Collectors.toSet());
        if (!roots.contains(APP_MODULE) || !roots.contains("javafx.graphics")) {
            return false;
        }
        ModuleLayer.Controller controller;
        try {
            Configuration configuration = ModuleLayer.boot().configuration()
                    .resolveAndBind(finder, ModuleFinder.of(), roots);
            controller = ModuleLayer.defineModulesWithOneLoader(configuration,
                    List.of(ModuleLayer.boot()), ClassLoader.getSystemClassLoader());
        } catch (RuntimeException unresolvable) {
            return false; // jars that do not make a layer: the class path start still works
        }
        ModuleLayer layer = controller.layer();
        for (String name : NATIVE) {
            layer.findModule(name).ifPresent(controller::enableNativeAccess);
        }
        Class<?> launcher = layer.findLoader(APP_MODULE).loadClass("org.shilu.ui.ShiluLauncher");
        Thread.currentThread().setContextClassLoader(launcher.getClassLoader());
        launcher.getMethod("launch", String[].class).invoke(null, (Object) args);
        return true;
    }

    private static boolean belongsInTheLayer(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".jar")) {
            return false;
        }
        if (name.startsWith("jdk-jsobject-")) {
            // The JDK's own jdk.jsobject serves while the JDK still has it (Java 25 does).
            return ModuleLayer.boot().findModule("jdk.jsobject").isEmpty() && isPlatformJar(name);
        }
        // JavaFX comes as an empty jar per module plus the platform's jar with the classes. Only JavaFX
        // and ControlsFX, built on it, need to be named; the other libraries stay on the class path
        // behind the layer, where split packages (sshd-common and sshd-core) and jar names that make
        // no module name (aho-corasick-double-array-trie) do no harm: in the layer they made it fail.
        return name.startsWith("javafx-") ? isPlatformJar(name) : name.startsWith("controlsfx-");
    }

    private static boolean isPlatformJar(String name) {
        return name.endsWith("-linux.jar") || name.endsWith("-linux-aarch64.jar") || name.endsWith("-win.jar")
                || name.endsWith("-mac.jar") || name.endsWith("-mac-aarch64.jar");
    }
}
