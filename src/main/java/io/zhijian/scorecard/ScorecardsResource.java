package io.zhijian.scorecard;

import io.quarkus.security.Authenticated;
import io.zhijian.identity.Role;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Scorecards for integrations: read by everyone signed in, written by trainers and admins. */
@Path("/api/scorecards")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardsResource {

    public record ScoreRequest(Map<String, Object> answers, boolean partial) {
    }

    /** A version as the API shows it: the definition's fields at the top level. */
    public record VersionJson(String key, int version, ScorecardVersion.Status status, Scorecard.Text names,
                              Scorecard.Text description, List<Scorecard.Channel> appliesTo, boolean weighted,
                              List<Scorecard.Section> sections, Instant createdAt, String createdBy,
                              Instant publishedAt, ScorecardVersion.Source source, String contentHash) {
        static VersionJson of(ScorecardService.VersionView v) {
            Scorecard d = v.definition();
            return new VersionJson(v.key(), v.version(), v.status(), d.names(), d.description(), d.appliesTo(),
                    d.isWeighted(), d.sections(), v.createdAt(), v.createdBy(), v.publishedAt(), v.source(),
                    v.contentHash());
        }
    }

    /** A version in the list of versions (no definition). */
    public record VersionSummary(int version, ScorecardVersion.Status status, ScorecardVersion.Source source,
                                 Instant createdAt, String createdBy, Instant publishedAt, String contentHash) {
    }

    @Inject
    AutoAgreement.Source agreement;

    @Inject
    ScorecardService scorecards;

    @Inject
    ScorecardFileLoader files;

    @GET
    @Authenticated
    @Operation(summary = "All scorecards: key, names, latest published version, channels")
    public List<ScorecardService.Summary> list() {
        return scorecards.list();
    }

    @POST
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create a scorecard or a new version from YAML (JSON, being YAML, works too) (published; ?draft=true for a draft). "
            + "Identical content returns the existing version with 200.")
    public Response create(String yaml, @RestQuery boolean draft, @Context SecurityContext caller) {
        ScorecardService.ImportOutcome outcome = importing(() -> scorecards.importYaml(yaml,
                caller.getUserPrincipal().getName(), ScorecardVersion.Source.API, draft));
        return Response.status(outcome.created() ? 201 : 200)
                .location(URI.create("/api/scorecards/" + outcome.key() + "/versions/" + outcome.version()))
                .entity(outcome).build();
    }

    @GET
    @Path("{key}")
    @Authenticated
    @Operation(summary = "The latest published version")
    public VersionJson latest(@RestPath String key) {
        return VersionJson.of(scorecards.latestPublished(key));
    }

    @GET
    @Path("{key}/auto-agreement")
    @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.QA_NAME, Role.MANAGER_NAME})
    @Operation(summary = "How often the auto-QA rules of the latest published version agree with inspectors' submitted "
            + "answers on the same interactions: {scorecardKey, items:[{itemKey, compared, agreed, kappa (Cohen's; null "
            + "when undefined), categories, confusion (rows: suggestion, columns: inspector)}]}")
    public AutoAgreement autoAgreement(@RestPath String key) {
        return agreement.of(scorecards.latestPublished(key).definition());
    }

    @GET
    @Path("{key}/versions")
    @Authenticated
    public List<VersionSummary> versions(@RestPath String key) {
        return scorecards.versions(key).stream().map(v -> new VersionSummary(v.version(), v.status(), v.source(),
                v.createdAt(), v.createdBy(), v.publishedAt(), v.contentHash())).toList();
    }

    @GET
    @Path("{key}/versions/{version}")
    @Authenticated
    public VersionJson version(@RestPath String key, @RestPath int version) {
        return VersionJson.of(scorecards.version(key, version));
    }

    @PUT
    @Path("{key}/versions/{version}")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace a draft's content (409 for a published version)")
    public ScorecardService.ImportOutcome updateDraft(@RestPath String key, @RestPath int version, String yaml,
                                                      @Context SecurityContext caller) {
        return importing(() -> scorecards.updateDraft(key, version, yaml, caller.getUserPrincipal().getName()));
    }

    @POST
    @Path("{key}/versions/{version}/publish")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.WILDCARD)
    public ScorecardService.ImportOutcome publish(@RestPath String key, @RestPath int version,
                                                  @Context SecurityContext caller) {
        return scorecards.publish(key, version, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("{key}/versions/{version}/draft")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start a draft from this version (or return the draft already open)")
    public ScorecardService.ImportOutcome startDraft(@RestPath String key, @RestPath int version,
                                                     @Context SecurityContext caller) {
        return scorecards.startDraft(key, version, caller.getUserPrincipal().getName());
    }

    @DELETE
    @Path("{key}/versions/{version}")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    public Response deleteDraft(@RestPath String key, @RestPath int version, @Context SecurityContext caller) {
        scorecards.deleteDraft(key, version, caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/versions/{version}/yaml")
    @Authenticated
    @Produces("application/yaml")
    public Response yaml(@RestPath String key, @RestPath int version) {
        return yamlDownload(scorecards, key, version);
    }

    /** A version's YAML as a file download (the API and the pages both offer it). */
    static Response yamlDownload(ScorecardService scorecards, String key, int version) {
        return Response.ok(scorecards.yaml(key, version))
                .header("Content-Disposition", "attachment; filename=\"" + key + "-v" + version + ".yaml\"").build();
    }

    @POST
    @Path("{key}/versions/{version}/score")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score answers: {answers: {itemKey: number | \"NA\" | \"yes\" | \"no\"}, partial?}")
    public ScoringEngine.Result score(@RestPath String key, @RestPath int version, ScoreRequest body) {
        if (body == null || body.answers() == null) {
            throw Problem.badRequest(ScorecardTexts.text(ScorecardMessages::scAnswersRequired));
        }
        return scorecards.score(key, version, body.answers(), body.partial());
    }

    @GET
    @Path("{key}/diff")
    @Authenticated
    @Operation(summary = "What changed between two versions")
    public List<ScorecardDiff.Change> diff(@RestPath String key, @RestQuery Integer from, @RestQuery Integer to) {
        if (from == null || to == null) {
            throw Problem.badRequest(ScorecardTexts.text(ScorecardMessages::scDiffNeedsVersions));
        }
        return scorecards.diff(key, from, to);
    }

    @GET
    @Path("files")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "What loading scorecards/ at start-up did, file by file, with located errors")
    public List<FileReportJson> fileReport() {
        return files.lastReport().stream().map(FileReportJson::of).toList();
    }

    /** A file's load outcome with its errors' messages in English (the log's language). */
    public record FileReportJson(String file, String key, Integer version, boolean created,
                                 List<Map<String, String>> errors) {
        static FileReportJson of(ScorecardFileLoader.FileReport r) {
            AppMessages en = Messages.of("en");
            return new FileReportJson(r.file(), r.key(), r.version(), r.created(), r.errors().stream()
                    .map(e -> Map.of("path", e.path(), "code", e.code(), "message", e.text().apply(en))).toList());
        }
    }

    private static <T> T importing(Supplier<T> action) {
        try {
            return action.get();
        } catch (ScorecardService.InvalidScorecard invalid) {
            throw invalid.toProblem();
        }
    }
}
