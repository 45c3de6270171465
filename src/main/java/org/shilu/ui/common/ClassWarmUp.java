package org.shilu.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads classes ahead, on a thread of its own, so that the FX thread finds them defined when it
 * needs them: reading them from their jars and defining them is most of a cold start's work, and on
 * two cores it can run beside the toolkit's own start. Classes are loaded, not initialised: nothing
 * of theirs runs here. Anything that cannot be loaded is left for the thread that needs it.
 * With {@code -Dshilu.warmUp=false} nothing is loaded ahead: the installers' launcher starts with an
 * ahead-of-time cache of the classes its window uses, and loading every class of these jars on top
 * of it only cost the start (free for typing 1,232 ms against 1,105, 17 MB more resident memory).
 */
public final class ClassWarmUp {
    private ClassWarmUp() {
    }

    /**
     * Starts a daemon thread that runs {@code first}, loads every class in the jar or module of each
     * anchor, then runs {@code after}.
     */
    public static void start(Runnable first, List<Class<?>> anchors, Runnable after) {
        Thread thread = new Thread(() -> {
            first.run();
            anchors.forEach(ClassWarmUp::loadClassesBeside);
            after.run();
        }, "shilu-class-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Loads every class of the module (in a layer) or the jar or folder that {@code anchor} came from. */
    public static void loadClassesBeside(Class<?> anchor) {
        if (!Boolean.parseBoolean(System.getProperty("shilu.warmUp", "true"))) {
            return; // the installers' launcher: its ahead-of-time cache holds the classes already loaded
        }
        ClassLoader loader = anchor.getClassLoader();
        try (Stream<String> names = classNames(anchor)) {
            names.forEach(name -> {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable here: the thread that needs it says why
                }
            });
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // nothing loaded ahead: the FX thread loads what it needs, as without this
        }
    }

    private static Stream<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
        Module module = anchor.getModule();
        Stream<String> resources;
        if (module.isNamed() && module.getLayer() != null
                && module.getLayer().configuration().findModule(module.getName()).isPresent()) {
            ModuleReader reader = module.getLayer().configuration().findModule(module.getName()).get().reference().open();
            resources = reader.list().onClose(() -> {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } else {
            Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                resources = Files.walk(where).filter(Files::isRegularFile).map(file -> where.relativize(file).toString()
                        .replace(java.io.File.separatorChar, '/'));
            } else {
                JarFile jar = new JarFile(where.toFile());
                resources = jar.stream().map(java.util.zip.ZipEntry::getName).onClose(() -> {
                    try {
                        jar.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return resources.filter(name -> name.endsWith(".class") && !name.contains("-"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'));
    }
}
