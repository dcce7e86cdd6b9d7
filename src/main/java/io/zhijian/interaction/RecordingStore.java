package io.zhijian.interaction;

import io.zhijian.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Recordings under {@code <data-dir>/recordings}, stored once each, named by their SHA-256, and the files made from
 * them: every audio file the platform writes goes through here.
 */
@ApplicationScoped
public class RecordingStore {

    @Inject
    PlatformConfig platform;

    public Path root() {
        return platform.dataDir().resolve("recordings");
    }

    public Path resolve(String relative) {
        return root().resolve(relative);
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves (or copies) an upload into the store; returns its path relative to the store. */
    public String store(Path upload, String sha256) throws IOException {
        String relative = sha256.substring(0, 2) + "/" + sha256 + ".wav";
        Path target = resolve(relative);
        if (Files.exists(target)) {
            return relative;
        }
        Files.createDirectories(target.getParent());
        writeOnce(target, partial -> Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING));
        return relative;
    }

    /** Writes a file's bytes into a path. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target) throws IOException;
    }

    /**
     * A file made from a stored recording (a copy browsers can play, say), beside it in the store, made once: the
     * name is the recording's with {@code suffix} for its {@code .wav}.
     */
    public Path derived(Path recording, String suffix, Writer writer) throws IOException {
        Path target = recording.resolveSibling(recording.getFileName().toString().replace(".wav", "." + suffix));
        if (!Files.exists(target)) {
            writeOnce(target, writer);
        }
        return target;
    }

    /** Writes into a partial file, then moves it into place: a reader never sees half a file. */
    private static void writeOnce(Path target, Writer writer) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        writer.write(partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
