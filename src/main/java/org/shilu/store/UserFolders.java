package org.shilu.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Shilu keeps the user's things: settings and templates in the config folder, journals of
 * never-saved programmes in the data folder. {@code -Dshilu.home=DIR} puts both under DIR, for
 * tests and portable installs.
 */
public record UserFolders(Path config, Path data) {

    public static UserFolders fromEnvironment() {
        return fromEnvironment(System.getProperties().getProperty("shilu.home"), System.getenv(),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    static UserFolders fromEnvironment(String override, Map<String, String> env, String osName, Path home) {
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new UserFolders(base.resolve("config"), base.resolve("data"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = Path.of(env.getOrDefault("APPDATA", home.resolve("AppData/Roaming").toString()));
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", home.resolve("AppData/Local").toString()));
            return new UserFolders(appData.resolve("Shilu"), local.resolve("Shilu"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support/Shilu");
            return new UserFolders(support, support);
        }
        // The XDG rule: a variable that is unset or empty means the default.
        String configHome = env.getOrDefault("XDG_CONFIG_HOME", "");
        String dataHome = env.getOrDefault("XDG_DATA_HOME", "");
        Path config = configHome.isBlank() ? home.resolve(".config") : Path.of(configHome);
        Path data = dataHome.isBlank() ? home.resolve(".local/share") : Path.of(dataHome);
        return new UserFolders(config.resolve("shilu"), data.resolve("shilu"));
    }

    public Path templates() {
        return config.resolve("templates");
    }

    /** Journals of programmes that have no project file yet. */
    public Path journals() {
        return data.resolve("journals");
    }
}
