package io.zhijian.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The seed files a feature loads at start-up (scorecards, question banks): from a folder when one is configured,
 * else the copies built into the application ({@code seed/<name>/}, listed in its {@code index.txt}), so the
 * packaged application has them whichever folder it is started from.
 */
public final class SeedFiles {

    /** One file: its name and its bytes. */
    public record SeedFile(String name, byte[] bytes) {
    }

    /** Where the files came from, for the log and the pages. */
    public record Listing(String source, boolean found, List<SeedFile> files) {
    }

    private SeedFiles() {
    }

    /** The files of {@code folder} whose names {@code wanted} accepts, sorted by name. */
    public static Listing folder(Path folder, Predicate<String> wanted) {
        if (!Files.isDirectory(folder)) {
            return new Listing(folder.toAbsolutePath().toString(), false, List.of());
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<SeedFile> files = new ArrayList<>();
            for (Path file : listing.filter(p -> wanted.test(p.getFileName().toString())).sorted().toList()) {
                files.add(new SeedFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return new Listing(folder.toAbsolutePath().toString(), true, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copies built into the application under {@code seed/<name>/}. */
    public static Listing bundled(String name, Predicate<String> wanted) {
        String base = "seed/" + name + "/";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        byte[] index = read(loader, base + "index.txt");
        if (index == null) {
            return new Listing("(built in)", false, List.of());
        }
        List<SeedFile> files = new ArrayList<>();
        new String(index, StandardCharsets.UTF_8).lines().map(String::trim).filter(wanted).sorted().forEach(file -> {
            byte[] bytes = read(loader, base + file);
            if (bytes != null) {
                files.add(new SeedFile(file, bytes));
            }
        });
        return new Listing("(built in)", true, files);
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
