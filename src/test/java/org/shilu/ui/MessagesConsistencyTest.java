package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.shilu.model.Role;

/** Every user-visible string exists in both languages, and every string in the bundles is used. */
class MessagesConsistencyTest {

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/org/shilu/ui/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyEnumNamedKeyExistsForEveryConstant() throws IOException {
        Set<String> keys = keys("messages.properties");
        for (var format : org.shilu.format.TranscriptFormat.values()) {
            assertTrue(keys.contains("export.format." + format.cliName()), format.cliName());
        }
        for (var placement : org.shilu.format.PortalProfile.TimePlacement.values()) {
            assertTrue(keys.contains("export.time." + placement.name()), placement.name());
        }
        for (String role : seatRoles()) {
            assertTrue(keys.contains("share.role." + role) && keys.contains("share.role.short." + role), role);
        }
        for (var clock : org.shilu.format.PortalProfile.PrintedClock.values()) {
            assertTrue(keys.contains("export.clock." + clock.name()), clock.name());
        }
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_zh_CN.properties"));
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
        }
        // Keys named after an enum's constants: the code joins the prefix and the constant's name.
        java.util.Map<String, Set<String>> families = new java.util.HashMap<>(java.util.Map.of(
                "role.", Stream.of(Role.values()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet()),
                "export.format.", Stream.of(org.shilu.format.TranscriptFormat.values())
                        .map(org.shilu.format.TranscriptFormat::cliName).collect(Collectors.toSet()),
                "export.time.", Stream.of(org.shilu.format.PortalProfile.TimePlacement.values()).map(Enum::name)
                        .collect(Collectors.toSet()),
                "export.clock.", Stream.of(org.shilu.format.PortalProfile.PrintedClock.values()).map(Enum::name)
                        .collect(Collectors.toSet()),
                "share.role.", seatRoles(), "share.role.short.", seatRoles(),
                "check.", Stream.of(org.shilu.check.Finding.Kind.values()).map(Enum::name).collect(Collectors.toSet()),
                "check.width.", Set.of("FULL", "HALF"), "export.width.", Set.of("any", "FULL", "HALF"),
                "settings.language.", Stream.concat(Stream.of("system"), org.shilu.store.Settings.LANGUAGES.stream())
                        .collect(Collectors.toSet())));
        families.put("questions.status.", Stream.of(org.shilu.model.Question.Status.values()).map(Enum::name)
                .collect(Collectors.toSet()));
        families.put("questions.relay.", Stream.of(org.shilu.model.Desk.Relay.values()).map(Enum::name).collect(Collectors.toSet()));
        families.put("step.question.", Stream.of(org.shilu.model.Question.Status.values())
                .map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet()));
        Set<String> unused = new TreeSet<>();
        for (String key : keys("messages.properties")) {
            boolean fromAnEnum = families.entrySet().stream().anyMatch(family -> key.startsWith(family.getKey())
                    && sources.contains("\"" + family.getKey() + "\"")
                    && family.getValue().contains(key.substring(family.getKey().length())));
            if (!fromAnEnum && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys no code uses: " + unused);
    }

    private static Set<String> seatRoles() {
        return Stream.of(org.shilu.share.SeatRole.values()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
    }

    @Test
    void anEnglishCountAgreesWithItsNumber() throws IOException {
        Properties english = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/org/shilu/ui/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        java.util.regex.Pattern wrongPlural = java.util.regex.Pattern.compile("\\b1 (turns|changes|characters|warnings|matches|lines)\\b");
        java.util.regex.Pattern wrongSingular = java.util.regex.Pattern.compile("\\b[02-9] (turn|change|character|warning|match|line)\\b");
        for (String key : english.stringPropertyNames()) {
            String pattern = english.getProperty(key);
            if (!pattern.contains("{0,number") && !pattern.contains("{0,choice") && !pattern.contains("{1,choice")) {
                continue;
            }
            for (int n : new int[] {0, 1, 2, 5}) {
                String text = new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH)
                        .format(new Object[] {n, n, n, n});
                assertTrue(!wrongPlural.matcher(text).find() && !wrongSingular.matcher(text).find(), key + ": " + text);
            }
        }
    }
}
