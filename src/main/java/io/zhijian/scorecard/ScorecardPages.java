package io.zhijian.scorecard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/** Scorecard pages: everyone reads; trainers and admins import, edit drafts, publish. */
@Path("/scorecards")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPages {

    /** A located error as the page shows it. */
    public record ShownError(String path, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ScorecardService.Summary> scorecards,
                                            List<ScorecardFileLoader.FileReport> files, List<FileError> fileErrors,
                                            boolean canEdit, String yaml, List<ShownError> errors);

        static native TemplateInstance version(ScorecardService.VersionView version,
                                               List<ScorecardService.VersionView> versions, boolean canEdit);

        static native TemplateInstance agreement(AutoAgreement agreement, Scorecard card);

        static native TemplateInstance edit(ScorecardService.VersionView version, List<ShownError> errors,
                                            String yaml, String saved, String base, EditorChoices choices);

        static native TemplateInstance diff(String key, int from, int to, List<ScorecardDiff.Change> changes,
                                            List<ScorecardService.VersionView> versions);
    }

    /** The values the editor's selects and checkboxes offer. */
    public record EditorChoices(List<String> channels, List<String> types, List<String> criticals) {
        static final EditorChoices ALL = new EditorChoices(names(Scorecard.Channel.values()),
                names(Scorecard.ItemType.values()), names(Scorecard.Critical.values()));

        private static List<String> names(Enum<?>[] values) {
            return java.util.Arrays.stream(values).map(Enum::name).toList();
        }
    }

    /** A file's error for the list page, with its message in the reader's language. */
    public record FileError(String file, String path, String message) {
    }

    @Inject
    AutoAgreement.Source agreement;

    @Inject
    CurrentUser page;

    @Inject
    ScorecardService scorecards;

    @Inject
    ScorecardFileLoader files;

    @GET
    @Authenticated
    public TemplateInstance list() {
        return listPage("", List.of());
    }

    @POST
    @Path("import")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importYaml(@RestForm String yaml, @RestForm boolean draft) {
        try {
            ScorecardService.ImportOutcome outcome = scorecards.importYaml(yaml, page.getUsername(),
                    ScorecardVersion.Source.UI, draft);
            return redirect(outcome.key(), outcome.version(), outcome.status() == ScorecardVersion.Status.DRAFT);
        } catch (ScorecardService.InvalidScorecard invalid) {
            return Response.status(400).entity(listPage(yaml, shown(invalid))).build();
        } catch (Problem problem) {
            return Response.status(problem.status())
                    .entity(listPage(yaml, List.of(new ShownError("", problem.detail(page.messages()))))).build();
        }
    }

    @GET
    @Path("{key}")
    @Authenticated
    public Response latest(@RestPath String key) {
        List<ScorecardService.VersionView> versions = scorecards.versions(key);
        ScorecardService.VersionView shown = versions.stream()
                .filter(v -> v.status() == ScorecardVersion.Status.PUBLISHED).reduce((a, b) -> b)
                .orElse(versions.get(versions.size() - 1));
        return redirect(key, shown.version(), false);
    }

    @GET
    @Path("{key}/v/{version}")
    @Authenticated
    public TemplateInstance version(@RestPath String key, @RestPath int version) {
        return page.render(Templates.version(scorecards.version(key, version), scorecards.versions(key), canEdit()));
    }

    /** The auto-QA agreement table, which the version page loads for those who may see it. */
    @GET
    @Path("{key}/auto-agreement")
    @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.QA_NAME, Role.MANAGER_NAME})
    public TemplateInstance agreement(@RestPath String key) {
        Scorecard card = scorecards.latestPublished(key).definition();
        return page.render(Templates.agreement(agreement.of(card), card));
    }

    @GET
    @Path("{key}/v/{version}/yaml")
    @Authenticated
    @Produces("application/yaml")
    public Response yaml(@RestPath String key, @RestPath int version) {
        return ScorecardsResource.yamlDownload(scorecards, key, version);
    }

    @GET
    @Path("{key}/diff")
    @Authenticated
    public TemplateInstance diff(@RestPath String key, @RestQuery int from, @RestQuery int to) {
        return page.render(Templates.diff(key, from, to, scorecards.diff(key, from, to), scorecards.versions(key)));
    }

    @POST
    @Path("{key}/v/{version}/draft")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startDraft(@RestPath String key, @RestPath int version) {
        ScorecardService.ImportOutcome draft = scorecards.startDraft(key, version, page.getUsername());
        return redirect(key, draft.version(), true);
    }

    @GET
    @Path("{key}/v/{version}/edit")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    public Response edit(@RestPath String key, @RestPath int version, @RestQuery String saved) {
        ScorecardService.VersionView draft = scorecards.version(key, version);
        if (draft.status() != ScorecardVersion.Status.DRAFT) {
            return redirect(key, version, false);
        }
        return Response.ok(page.render(Templates.edit(draft, List.of(), scorecards.yaml(key, version), saved,
                base(key, version), EditorChoices.ALL))).build();
    }

    @POST
    @Path("{key}/v/{version}/yaml")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveYaml(@RestPath String key, @RestPath int version, @RestForm String yaml) {
        return save(key, version, yaml);
    }

    @POST
    @Path("{key}/v/{version}/meta")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveMeta(@RestPath String key, @RestPath int version, @RestForm String zh, @RestForm String en,
                             @RestForm String descriptionZh, @RestForm String descriptionEn,
                             @RestForm List<String> appliesTo) {
        return edit(key, version, e -> e.meta(zh, en, descriptionZh, descriptionEn, appliesTo));
    }

    @POST
    @Path("{key}/v/{version}/sections")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSection(@RestPath String key, @RestPath int version, @RestForm String sectionKey,
                               @RestForm String zh, @RestForm String en, @RestForm String itemKey,
                               @RestForm String itemZh, @RestForm String itemEn) {
        return edit(key, version, e -> e.addSection(sectionKey, zh, en, itemKey, itemZh, itemEn));
    }

    @POST
    @Path("{key}/v/{version}/sections/{section}")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sectionAction(@RestPath String key, @RestPath int version, @RestPath String section,
                                  @RestForm String action, @RestForm String zh, @RestForm String en,
                                  @RestForm String weight, @RestForm String itemKey, @RestForm String itemZh,
                                  @RestForm String itemEn) {
        return edit(key, version, e -> {
            switch (action == null ? "" : action) {
                case "up" -> e.moveSection(section, -1);
                case "down" -> e.moveSection(section, 1);
                case "delete" -> e.deleteSection(section);
                case "add-item" -> e.addItem(section, itemKey, itemZh, itemEn);
                default -> e.saveSection(section, zh, en, weight);
            }
        });
    }

    @POST
    @Path("{key}/v/{version}/sections/{section}/items/{item}")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response itemAction(@RestPath String key, @RestPath int version, @RestPath String section,
                               @RestPath String item, @RestForm String action, @RestForm String zh,
                               @RestForm String en, @RestForm String descriptionZh, @RestForm String descriptionEn,
                               @RestForm String type, @RestForm String maxPoints, @RestForm boolean allowNa,
                               @RestForm String critical, @RestForm String failingAnswers,
                               @RestForm boolean commentRequiredBelowMax, @RestForm String tags,
                               @RestForm String levels, @RestForm String scaleMin, @RestForm String scaleMax) {
        return edit(key, version, e -> {
            switch (action == null ? "" : action) {
                case "up" -> e.moveItem(section, item, -1);
                case "down" -> e.moveItem(section, item, 1);
                case "delete" -> e.deleteItem(section, item);
                default -> e.saveItem(section, item, new DraftEdits.ItemForm(zh, en, descriptionZh, descriptionEn,
                        type, maxPoints, allowNa, critical, failingAnswers, commentRequiredBelowMax, tags, levels,
                        scaleMin, scaleMax));
            }
        });
    }

    @POST
    @Path("{key}/v/{version}/publish")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String key, @RestPath int version) {
        scorecards.publish(key, version, page.getUsername());
        return redirect(key, version, false);
    }

    @POST
    @Path("{key}/v/{version}/delete")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDraft(@RestPath String key, @RestPath int version) {
        scorecards.deleteDraft(key, version, page.getUsername());
        return Response.seeOther(URI.create("/scorecards")).build();
    }

    private Response edit(String key, int version, Consumer<DraftEdits> change) {
        DraftEdits edits = new DraftEdits(scorecards.yaml(key, version));
        change.accept(edits);
        return save(key, version, edits.yaml());
    }

    private Response save(String key, int version, String yaml) {
        try {
            scorecards.updateDraft(key, version, yaml, page.getUsername());
            return Response.seeOther(URI.create("/scorecards/" + key + "/v/" + version + "/edit?saved=true")).build();
        } catch (ScorecardService.InvalidScorecard invalid) {
            return rejected(key, version, yaml, 400, shown(invalid));
        } catch (Problem problem) {
            if (problem.status() == 404) {
                throw problem;
            }
            return rejected(key, version, yaml, problem.status(),
                    List.of(new ShownError("", problem.detail(page.messages()))));
        }
    }

    /** The editor again, unsaved, showing what was wrong and the YAML that was refused. */
    private Response rejected(String key, int version, String yaml, int status, List<ShownError> errors) {
        ScorecardService.VersionView draft = scorecards.version(key, version);
        return Response.status(status).entity(page.render(Templates.edit(draft, errors, yaml, null, base(key, version),
                EditorChoices.ALL))).build();
    }

    private TemplateInstance listPage(String yaml, List<ShownError> errors) {
        List<FileError> fileErrors = files.lastReport().stream().flatMap(report -> report.errors().stream()
                .map(e -> new FileError(report.file(), e.path(), e.text().apply(page.messages())))).toList();
        return page.render(Templates.list(scorecards.list(), files.lastReport(), fileErrors, canEdit(), yaml, errors));
    }

    private List<ShownError> shown(ScorecardService.InvalidScorecard invalid) {
        return invalid.errors().stream().map(e -> new ShownError(e.path(), e.text().apply(page.messages()))).toList();
    }

    private static String base(String key, int version) {
        return "/scorecards/" + key + "/v/" + version;
    }

    private boolean canEdit() {
        return page.hasRole(Role.TRAINER_NAME) || page.hasRole(Role.ADMIN_NAME);
    }

    private static Response redirect(String key, int version, boolean edit) {
        return Response.seeOther(URI.create("/scorecards/" + key + "/v/" + version + (edit ? "/edit" : ""))).build();
    }
}
