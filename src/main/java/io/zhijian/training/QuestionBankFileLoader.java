package io.zhijian.training;

import io.quarkus.runtime.StartupEvent;
import io.zhijian.web.AppMessages;
import io.zhijian.web.Messages;
import io.zhijian.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads {@code question-banks/*.gift} at start-up, one bank per file (the file name is the bank's
 * key). Idempotent; a file with errors is logged and left out, and never stops start-up.
 */
@ApplicationScoped
public class QuestionBankFileLoader {

    private static final Logger LOG = Logger.getLogger(QuestionBankFileLoader.class);

    @Inject
    QuestionBankService banks;

    @Inject
    TrainingConfig config;

    void onStart(@Observes StartupEvent event) {
        load(config.directory());
    }

    public void load(Path directory) {
        if (!Files.isDirectory(directory)) {
            LOG.infof("No question-bank folder at %s; nothing loaded", directory.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".gift")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list %s", directory);
            return;
        }
        AppMessages english = Messages.of("en");
        for (Path file : files) {
            String name = file.getFileName().toString();
            String key = name.substring(0, name.length() - ".gift".length()).toLowerCase(Locale.ROOT);
            try {
                QuestionBankService.ImportReport report = banks.importQuestions(key, "gift",
                        Files.readString(file, StandardCharsets.UTF_8), false, false, "system", english);
                LOG.infof("Question bank %s from %s: %d questions (%d new, %d changed)", key, name,
                        report.imported(), report.created(), report.updated());
            } catch (Problem problem) {
                LOG.errorf("Question bank file %s was not loaded: %s %s", name, problem.detail(english),
                        problem.extensions().getOrDefault("errors", List.of()));
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Question bank file %s could not be read", name);
            }
        }
    }
}
