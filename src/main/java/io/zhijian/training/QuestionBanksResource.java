package io.zhijian.training;

import io.zhijian.identity.Role;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** Question banks hold answer keys: trainers and admins only. */
@Path("/api/question-banks")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class QuestionBanksResource {

    @Inject
    QuestionBankService banks;

    @Inject
    CurrentUser page;

    @GET
    public List<QuestionBankService.BankSummary> list() {
        return banks.banks();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a question file (body). format=gift|moodle-xml|aiken; bank=<key> (default 'imported'); "
            + "dryRun=true only reports; with errors nothing is imported unless partial=true.")
    public QuestionBankService.ImportReport importFile(byte[] body, @RestQuery String format, @RestQuery String bank,
                                                      @RestQuery boolean dryRun, @RestQuery boolean partial) {
        return banks.importQuestions(bank, format, QuestionBankService.text(body), dryRun, partial, page.getUsername(),
                page.messages());
    }

    @GET
    @Path("{id}/questions")
    public List<QuestionBankService.QuestionView> questions(@RestPath long id) {
        return banks.questions(id);
    }

    @GET
    @Path("{id}/export")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public Response export(@RestPath long id, @RestQuery String format) {
        return download(banks, id, format);
    }

    /** A bank as a file download, GIFT or Moodle XML (the API and the pages both offer it). */
    static Response download(QuestionBankService banks, long id, String format) {
        boolean xml = "moodle-xml".equalsIgnoreCase(format);
        String content = banks.export(id, format);
        return Response.ok(content, xml ? MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")
                        : MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + banks.bankSummary(id).key()
                        + (xml ? ".xml" : ".gift") + "\"").build();
    }
}
