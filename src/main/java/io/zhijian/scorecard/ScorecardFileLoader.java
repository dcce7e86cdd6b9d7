package io.zhijian.scorecard;

import io.quarkus.runtime.StartupEvent;
import io.zhijian.platform.SeedFiles;
import io.zhijian.platform.StartupWork;
import io.zhijian.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the seed scorecards at start-up ({@code zhijian.scorecards-dir}, else the ones built in). An invalid file never stops start-up: the others
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

    @Inject
    StartupWork work;

    private volatile List<FileReport> lastReport = List.of();
    private volatile String source = "";

    void onStart(@Observes StartupEvent event) {
        work.run("scorecards", this::load);
    }

    public List<FileReport> lastReport() {
        return lastReport;
    }

    /** The configured folder's scorecards, or the built-in seed ones; the report is kept for the scorecards page. */
    public List<FileReport> load() {
        SeedFiles.Listing listing = config.scorecardsDir()
                .map(folder -> SeedFiles.folder(folder, ScorecardFileLoader::isScorecard))
                .orElseGet(() -> SeedFiles.bundled("scorecards", ScorecardFileLoader::isScorecard));
        return load(listing);
    }

    /** Loads every {@code *.yaml} of a folder; the report is kept for the scorecards page. */
    public List<FileReport> load(Path directory) {
        return load(SeedFiles.folder(directory, ScorecardFileLoader::isScorecard));
    }

    private static boolean isScorecard(String name) {
        // The monthly assessment's rules live beside the scorecards but are not one (the performance feature reads them).
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals("monthly-performance.yaml");
    }

    private List<FileReport> load(SeedFiles.Listing listing) {
        source = listing.source();
        if (!listing.found()) {
            LOG.warnf("No scorecard folder at %s; nothing loaded (set zhijian.scorecards-dir to a folder of *.yaml files)",
                    listing.source());
            lastReport = List.of();
            return lastReport;
        }
        List<FileReport> reports = new ArrayList<>();
        Map<String, String> keyToFile = new HashMap<>();
        for (SeedFiles.SeedFile file : listing.files()) {
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

    /** Where the last load read its files: a folder, or "(built in)". */
    public String source() {
        return source;
    }

    private FileReport loadOne(SeedFiles.SeedFile file, Map<String, String> keyToFile) {
        String name = file.name();
        try {
            if (file.bytes().length > MAX_FILE_BYTES) {
                return failed(name, new SchemaError("", "too-large", ScorecardTexts.text(m -> m.scTooLarge(ScorecardService.MAX_YAML_CHARS))));
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(file.bytes())).toString();
            ScorecardYaml.ReadResult result = ScorecardYaml.read(text);
            if (!result.ok()) {
                return new FileReport(name, null, null, false, result.errors());
            }
            Scorecard card = result.scorecard();
            String other = keyToFile.putIfAbsent(card.key(), name);
            if (other != null) {
                return failed(name, new SchemaError("key", "duplicate-key", ScorecardTexts.text(m -> m.scKeyInTwoFiles(card.key(), other))));
            }
            ScorecardService.ImportOutcome outcome = scorecards.loadFile(card);
            return new FileReport(name, card.key(), outcome.version(), outcome.created(), List.of());
        } catch (java.nio.charset.CharacterCodingException e) {
            return failed(name, new SchemaError("", "not-utf8", ScorecardTexts.text(ScorecardMessages::scNotUtf8)));
        } catch (RuntimeException e) {
            if (!work.stopping()) {
                LOG.errorf(e, "Scorecard file %s could not be loaded", name);
            }
            return failed(name, new SchemaError("", "unreadable", ScorecardTexts.text(ScorecardMessages::scUnreadable)));
        }
    }

    private static FileReport failed(String file, SchemaError error) {
        return new FileReport(file, null, null, false, List.of(error));
    }
}
