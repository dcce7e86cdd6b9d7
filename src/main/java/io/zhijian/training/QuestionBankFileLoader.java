package io.zhijian.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    @Inject
    QuestionBankService banks;

    @Inject
    TrainingConfig config;

    @Inject
    ExamService exams;

    /** After the demo data (its teams are assignees of the seed exams). */
    void onStart(@Observes @Priority(200) StartupEvent event) {
        load(config.directory());
        loadExams(config.directory().resolve("exams.yaml"));
    }

    /** Seed exams: created once, by title. */
    public void loadExams(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            List<ExamService.ExamRequest> requests = YAML.readValue(file.toFile(), new TypeReference<>() {
            });
            for (ExamService.ExamRequest request : requests) {
                if (exams.createIfAbsent(request, "system")) {
                    LOG.infof("Seed exam created: %s", request.title());
                }
            }
        } catch (IOException | Problem e) {
            LOG.errorf("Seed exams in %s were not loaded: %s", file, e instanceof Problem problem
                    ? problem.detail(Messages.of("en")) + " " + problem.fieldErrors(Messages.of("en")) : e.getMessage());
        }
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
