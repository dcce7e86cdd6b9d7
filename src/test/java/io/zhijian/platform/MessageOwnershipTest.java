package io.zhijian.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each feature owns its texts: the shared bundle ({@link AppMessages}, {@code msg:}) holds only what the layout,
 * sign-in and home pages show and what several features share. A text only one feature uses belongs in that
 * feature's own bundle. Read from the sources, as a reviewer would.
 */
class MessageOwnershipTest {

    private static final Path JAVA = Path.of("src/main/java/io/zhijian");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Packages whose texts the shared bundle is for. */
    private static final Set<String> SHARED = Set.of("platform", "web");
    private static final Pattern KEY = Pattern.compile("@Message[^\\n]*\\n\\s+String (\\w+)\\(");

    @Test
    void aTextOnlyOneFeatureUsesIsInThatFeaturesBundle() throws IOException {
        Map<Path, String> sources = new HashMap<>();
        Map<String, String> packageOfClass = new HashMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                packageOfClass.put(name, JAVA.relativize(f).getName(0).toString());
                if (!name.endsWith("Messages")) {
                    sources.put(f, Files.readString(f));
                }
            }
        }
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                sources.put(f, Files.readString(f));
            }
        }
        List<String> keys = KEY.matcher(Files.readString(JAVA.resolve("platform/AppMessages.java"))).results()
                .map(m -> m.group(1)).toList();
        assertTrue(keys.size() > 20, "the shared bundle was read");
        Map<String, Set<String>> misplaced = new TreeMap<>();
        for (String key : keys) {
            Pattern use = Pattern.compile("(AppMessages::" + key + "\\b|\\." + key + "\\(|\\bmsg:" + key + "\\b)");
            Set<String> users = new TreeSet<>();
            sources.forEach((file, text) -> {
                Matcher m = use.matcher(text);
                if (m.find()) {
                    users.add(owner(file, packageOfClass));
                }
            });
            if (users.size() == 1 && !SHARED.contains(users.iterator().next())) {
                misplaced.put(key, users);
            }
        }
        assertEquals(Map.of(), misplaced, "texts in the shared bundle that only one feature uses");
    }

    /** A Java file's feature package; a page template's, through the page class named by its folder. */
    private static String owner(Path file, Map<String, String> packageOfClass) {
        if (file.startsWith(JAVA)) {
            return JAVA.relativize(file).getName(0).toString();
        }
        Path relative = TEMPLATES.relativize(file);
        return relative.getNameCount() == 1 ? "web" : packageOfClass.getOrDefault(relative.getName(0).toString(), "web");
    }
}
