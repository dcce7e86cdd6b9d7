package io.zhijian.scorecard;

import io.quarkus.runtime.StartupEvent;
import io.zhijian.web.AppMessages;
import io.zhijian.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads {@code scorecards/*.yaml} at start-up. An invalid file never stops start-up: the others
 * load, and its errors are logged and shown on the scorecards page.
 */
@ApplicationScoped
public class ScorecardFileLoader {

    private static final Logger LOG = Logger.getLogger(ScorecardFileLoader.class);
    private static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** One file's outcome: loaded (new version or unchanged) or rejected with located errors. */
    public record FileReport(String file, String key, Integer version, boolean created, List<SchemaError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    ScorecardConfig config;

    private volatile List<FileReport> lastReport = List.of();

    void onStart(@Observes StartupEvent event) {
        load();
    }

    public List<FileReport> lastReport() {
        return lastReport;
    }

    public List<FileReport> load() {
        return load(config.directory());
    }

    /** Loads every {@code *.yaml} of a folder; the report is kept for the scorecards page. */
    public List<FileReport> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            LOG.infof("No scorecard folder at %s; nothing loaded", directory.toAbsolutePath());
            lastReport = List.of();
            return lastReport;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")
                    || p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list %s", directory);
            return lastReport;
        }
        List<FileReport> reports = new ArrayList<>();
        Map<String, String> keyToFile = new HashMap<>();
        for (Path file : files) {
            FileReport report = loadOne(file, keyToFile);
            reports.add(report);
            if (report.ok()) {
                LOG.infof("Scorecard %s from %s: version %d%s", report.key(), report.file(), report.version(),
                        report.created() ? " (new)" : " (unchanged)");
            } else {
                report.errors().forEach(error -> LOG.errorf("Scorecard file %s is invalid at %s: %s (%s)",
                        report.file(), error.path().isEmpty() ? "(document)" : error.path(), error.code(),
                        error.text().apply(Messages.of("en"))));
            }
        }
        lastReport = List.copyOf(reports);
        return lastReport;
    }

    private FileReport loadOne(Path file, Map<String, String> keyToFile) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return failed(name, new SchemaError("", "too-large", m -> m.scTooLarge(ScorecardService.MAX_YAML_CHARS)));
            }
            ScorecardYaml.ReadResult result = ScorecardYaml.read(Files.readString(file, StandardCharsets.UTF_8));
            if (!result.ok()) {
                return new FileReport(name, null, null, false, result.errors());
            }
            Scorecard card = result.scorecard();
            String other = keyToFile.putIfAbsent(card.key(), name);
            if (other != null) {
                return failed(name, new SchemaError("key", "duplicate-key", m -> m.scKeyInTwoFiles(card.key(), other)));
            }
            ScorecardService.ImportOutcome outcome = scorecards.loadFile(card);
            return new FileReport(name, card.key(), outcome.version(), outcome.created(), List.of());
        } catch (MalformedInputException e) {
            return failed(name, new SchemaError("", "not-utf8", AppMessages::scNotUtf8));
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Scorecard file %s could not be loaded", name);
            return failed(name, new SchemaError("", "unreadable", AppMessages::scUnreadable));
        }
    }

    private static FileReport failed(String file, SchemaError error) {
        return new FileReport(file, null, null, false, List.of(error));
    }
}
