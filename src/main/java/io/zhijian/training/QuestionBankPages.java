package io.zhijian.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Trainers' question-bank pages: browse, search, import, export, and edit a question as GIFT with a live preview. */
@Path("/question-banks")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class QuestionBankPages {

    /** A line-located error as the pages show it. */
    public record ShownError(int line, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance banks(List<QuestionBankService.BankSummary> banks,
                                             QuestionBankService.ImportReport report, List<ShownError> errors,
                                             String content);

        static native TemplateInstance bank(QuestionBankService.BankSummary bank,
                                            List<QuestionBankService.QuestionView> questions,
                                            Map<String, Integer> categories, Map<String, Integer> tags,
                                            String category, String tag, String q);

        static native TemplateInstance question(QuestionBankService.BankSummary bank,
                                                QuestionBankService.QuestionView question,
                                                List<QuestionBankService.QuestionView> versions, String gift,
                                                List<ShownError> errors, List<Question> preview,
                                                ExamService.QuestionUsage usage);

        static native TemplateInstance preview(List<Question> preview, List<ShownError> errors);
    }

    @Inject
    CurrentUser page;

    @Inject
    QuestionBankService banks;

    @Inject
    ExamService exams;

    @GET
    public TemplateInstance list() {
        return page.render(Templates.banks(banks.banks(), null, List.of(), ""));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm String content, @RestForm("file") FileUpload file, @RestForm String format,
                               @RestForm String bank, @RestForm boolean dryRun, @RestForm boolean partial)
            throws IOException {
        String text = content;
        try {
            if (file != null && file.size() > 0) {
                text = QuestionBankService.text(Files.readAllBytes(file.uploadedFile()));
            }
            QuestionBankService.ImportReport report = banks.importQuestions(bank, format, text, dryRun, partial,
                    page.getUsername(), page.messages());
            return Response.ok(page.render(Templates.banks(banks.banks(), report, List.of(), dryRun ? text : "")))
                    .build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page.render(Templates.banks(banks.banks(), null,
                    errors(problem), text == null ? "" : text))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance bank(@RestPath long id, @RestQuery String category, @RestQuery String tag,
                                 @RestQuery String q) {
        List<QuestionBankService.QuestionView> all = banks.questions(id);
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> tags = new TreeMap<>();
        all.forEach(question -> {
            categories.merge(question.category(), 1, Integer::sum);
            question.tags().forEach(t -> tags.merge(t, 1, Integer::sum));
        });
        return page.render(Templates.bank(banks.bankSummary(id), banks.search(id, category, tag, q), categories, tags,
                category == null ? "" : category, tag == null ? "" : tag, q == null ? "" : q));
    }

    @GET
    @Path("{id}/export")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML})
    public Response export(@RestPath long id, @RestQuery String format) {
        return QuestionBanksResource.download(banks, id, format);
    }

    @GET
    @Path("{id}/questions/{questionId}")
    public TemplateInstance question(@RestPath long id, @RestPath long questionId) {
        QuestionBankService.QuestionView question = banks.question(id, questionId);
        String gift = GiftWriter.write(List.of(question.question()));
        return page.render(Templates.question(banks.bankSummary(id), question, banks.versions(id, question.uid()), gift,
                List.of(), List.of(question.question()), exams.usage(banks.stored(questionId))));
    }

    @GET
    @Path("{id}/new")
    public TemplateInstance newQuestion(@RestPath long id) {
        return page.render(Templates.question(banks.bankSummary(id), null, List.of(), "", List.of(), List.of(), null));
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm String gift) {
        try {
            QuestionBankService.QuestionView saved = banks.saveQuestion(id, gift, page.getUsername(), page.messages());
            return Response.seeOther(URI.create("/question-banks/" + id + "/questions/" + saved.id())).build();
        } catch (Problem problem) {
            if (problem.status() == 404) {
                throw problem;
            }
            return Response.status(problem.status()).entity(page.render(Templates.question(banks.bankSummary(id), null,
                    List.of(), gift == null ? "" : gift, errors(problem), List.of(), null))).build();
        }
    }

    /** The live preview: the GIFT as trainees will see it (with the key, for the trainer), or its errors. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@RestForm String gift) {
        GiftParser.Result parsed = GiftParser.parse(gift);
        return page.render(Templates.preview(parsed.questions(), parsed.errors().stream()
                .map(e -> new ShownError(e.line(), e.text().apply(page.messages()))).toList()));
    }

    private List<ShownError> errors(Problem problem) {
        Object errors = problem.extensions().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(e -> (QuestionBankService.ReportError) e)
                    .map(e -> new ShownError(e.line(), e.message())).toList();
        }
        return List.of(new ShownError(0, problem.detail(page.messages())));
    }
}
