package io.zhijian.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.StartupEvent;
import io.zhijian.platform.SeedFiles;
import io.zhijian.platform.StartupWork;
import jakarta.annotation.Priority;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the seed question banks at start-up ({@code zhijian.question-banks-dir}, else the ones built in), one bank per file (the file name is the bank's
 * key). Idempotent; a file with errors is logged and left out, and never stops start-up.
 */
@ApplicationScoped
public class QuestionBankFileLoader {

    /** "// bank-name: 在线客服 | Online customer service" in a bank file names the bank in both languages. */
    private static final Pattern BANK_NAME = Pattern.compile("(?m)^//\\s*bank-name:\\s*([^|\\r\\n]+?)\\s*(?:\\|\\s*([^\\r\\n]+))?$");

    private static final Logger LOG = Logger.getLogger(QuestionBankFileLoader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    @Inject
    QuestionBankService banks;

    @Inject
    TrainingConfig config;

    @Inject
    ExamService exams;

    @Inject
    StartupWork work;

    /** After the demo data (its teams are assignees of the seed exams). */
    void onStart(@Observes @Priority(200) StartupEvent event) {
        work.run("question banks", () -> load(config.questionBanksDir()
                .map(folder -> SeedFiles.folder(folder, QuestionBankFileLoader::isSeedFile))
                .orElseGet(() -> SeedFiles.bundled("question-banks", QuestionBankFileLoader::isSeedFile))));
    }

    private static boolean isSeedFile(String name) {
        return name.endsWith(".gift") || name.equals("exams.yaml");
    }

    /** Loads the {@code *.gift} banks of a folder, then its {@code exams.yaml}. */
    public void load(Path directory) {
        load(SeedFiles.folder(directory, QuestionBankFileLoader::isSeedFile));
    }

    private void load(SeedFiles.Listing listing) {
        if (!listing.found()) {
            LOG.warnf("No question-bank folder at %s; nothing loaded (set zhijian.question-banks-dir to a folder of *.gift files)",
                    listing.source());
            return;
        }
        AppMessages english = Messages.of("en");
        for (SeedFiles.SeedFile file : listing.files()) {
            String name = file.name();
            if (!name.endsWith(".gift")) {
                continue;
            }
            String key = name.substring(0, name.length() - ".gift".length()).toLowerCase(Locale.ROOT);
            try {
                String text = QuestionBankService.text(file.bytes());
                QuestionBankService.ImportReport report = banks.importQuestions(key, "gift", text, false, false,
                        "system", english);
                Matcher names = BANK_NAME.matcher(text);
                if (names.find()) {
                    banks.name(key, names.group(1).trim(), names.group(2) == null ? null : names.group(2).trim());
                }
                LOG.infof("Question bank %s from %s: %d questions (%d new, %d changed)", key, name,
                        report.imported(), report.created(), report.updated());
            } catch (Problem problem) {
                LOG.errorf("Question bank file %s was not loaded: %s %s", name, problem.detail(english),
                        problem.extensions().getOrDefault("errors", List.of()));
            } catch (RuntimeException e) {
                if (work.stopping()) {
                    return;
                }
                LOG.errorf(e, "Question bank file %s could not be read", name);
            }
        }
        listing.files().stream().filter(f -> f.name().equals("exams.yaml")).findFirst().ifPresent(this::loadExams);
    }

    /** Seed exams: created once, by title. */
    private void loadExams(SeedFiles.SeedFile file) {
        try {
            List<ExamService.ExamRequest> requests = YAML.readValue(file.bytes(), new TypeReference<>() {
            });
            for (ExamService.ExamRequest request : requests) {
                if (exams.createIfAbsent(request, "system")) {
                    LOG.infof("Seed exam created: %s", request.title());
                }
            }
        } catch (IOException | Problem e) {
            LOG.errorf("Seed exams in %s were not loaded: %s", file.name(), e instanceof Problem problem
                    ? problem.detail(Messages.of("en")) + " " + problem.fieldErrors(Messages.of("en")) : e.getMessage());
        }
    }
}
