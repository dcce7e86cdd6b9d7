package io.zhijian.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Problem;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admin pages: users, teams and the audit log. Form errors re-render the form; success redirects. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    /** What the user form shows: the entered values, so a rejected form keeps them. */
    public record UserForm(String username, String displayName, Set<Role> roles, String team, String language,
                           boolean active) {
        static UserForm empty() {
            return new UserForm("", "", EnumSet.of(Role.AGENT), "", "", true);
        }

        static UserForm of(UserView user) {
            return new UserForm(user.username(), user.displayName(), user.roles(),
                    user.team() == null ? "" : user.team(), user.language() == null ? "" : user.language(),
                    user.active());
        }

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }
    }

    /** A rejected form: the general message (if any) and one message per field. */
    public record FormErrors(String general, Map<String, String> fields) {
        static final FormErrors NONE = new FormErrors(null, Map.of());

        public boolean has(String field) {
            return fields.containsKey(field);
        }

        public String get(String field) {
            return fields.getOrDefault(field, "");
        }

        /** A refusal shown on its form: at its fields, or above the form when it names none. */
        static FormErrors of(Problem problem, AppMessages messages) {
            Map<String, String> fields = problem.fieldErrors(messages);
            return new FormErrors(fields.isEmpty() ? problem.detail(messages) : null, fields);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users, List<TeamService.TeamView> teams, List<Role> roles,
                                             UserForm form, FormErrors errors, String saved);

        static native TemplateInstance user(UserView user, List<TeamService.TeamView> teams, List<Role> roles,
                                            UserForm form, FormErrors errors, String saved);

        static native TemplateInstance teams(List<TeamService.TeamView> teams, String name, FormErrors errors,
                                             String saved);

        static native TemplateInstance audit(List<AuditLog.Entry> events, int page, boolean hasNext);
    }

    private static final List<Role> ROLES = Arrays.asList(Role.values());
    private static final int AUDIT_PAGE_SIZE = 50;

    @Inject
    CurrentUser page;

    @Inject
    UserService users;

    @Inject
    TeamService teams;

    @Inject
    AuditLog audit;

    @GET
    @Path("users")
    public TemplateInstance users(@RestQuery String saved) {
        return usersPage(UserForm.empty(), FormErrors.NONE, saved);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(@RestForm String username, @RestForm String displayName, @RestForm String password,
                               @RestForm List<Role> roles, @RestForm String team, @RestForm String language) {
        UserForm form = new UserForm(username, displayName, roleSet(roles), team, language, true);
        try {
            UserView created = users.create(page.getUsername(),
                    new UserService.NewUser(username, displayName, password, form.roles(), team, language));
            return redirect("/admin/users?saved=" + encode(created.username()));
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(usersPage(form, errors(problem), null)).build();
        }
    }

    @GET
    @Path("users/{username}")
    public TemplateInstance user(@RestPath String username, @RestQuery String saved) {
        UserView user = load(username);
        return userPage(user, UserForm.of(user), FormErrors.NONE, saved);
    }

    @POST
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateUser(@RestPath String username, @RestForm String displayName, @RestForm List<Role> roles,
                               @RestForm String team, @RestForm String language, @RestForm boolean active) {
        UserView user = load(username);
        UserForm form = new UserForm(username, displayName, roleSet(roles), team, language, active);
        try {
            users.update(page.getUsername(), username, new UserService.UserChanges(displayName, form.roles(),
                    team == null ? "" : team, active, language == null ? "" : language));
            return redirect("/admin/users/" + encode(username) + "?saved=user");
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(userPage(user, form, errors(problem), null)).build();
        }
    }

    @POST
    @Path("users/{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@RestPath String username, @RestForm String password) {
        UserView user = load(username);
        try {
            users.resetPassword(page.getUsername(), username, password);
            return redirect("/admin/users/" + encode(username) + "?saved=password");
        } catch (Problem problem) {
            return Response.status(problem.status())
                    .entity(userPage(user, UserForm.of(user), errors(problem), null)).build();
        }
    }

    @POST
    @Path("users/{username}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@RestPath String username) {
        users.unlock(page.getUsername(), username);
        return redirect("/admin/users/" + encode(username) + "?saved=unlock");
    }

    @GET
    @Path("teams")
    public TemplateInstance teams(@RestQuery String saved) {
        return page.render(Templates.teams(teams.list(), "", FormErrors.NONE, saved));
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createTeam(@RestForm String name) {
        return teamAction(name, () -> teams.create(page.getUsername(), name));
    }

    @POST
    @Path("teams/{id}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renameTeam(@RestPath long id, @RestForm String name) {
        return teamAction(name, () -> teams.rename(page.getUsername(), id, name));
    }

    @POST
    @Path("teams/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteTeam(@RestPath long id) {
        return teamAction("", () -> teams.delete(page.getUsername(), id));
    }

    @GET
    @Path("audit")
    public TemplateInstance audit(@RestQuery int page) {
        int current = Math.max(page, 0);
        List<AuditLog.Entry> events = audit.newestFirst(current, AUDIT_PAGE_SIZE + 1);
        boolean hasNext = events.size() > AUDIT_PAGE_SIZE;
        return this.page.render(Templates.audit(hasNext ? events.subList(0, AUDIT_PAGE_SIZE) : events, current, hasNext));
    }

    private Response teamAction(String enteredName, Runnable action) {
        try {
            action.run();
            return redirect("/admin/teams?saved=team");
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page.render(
                    Templates.teams(teams.list(), enteredName == null ? "" : enteredName, errors(problem), null)))
                    .build();
        }
    }

    private TemplateInstance usersPage(UserForm form, FormErrors errors, String saved) {
        return page.render(Templates.users(users.list(), teams.list(), ROLES, form, errors, saved));
    }

    private TemplateInstance userPage(UserView user, UserForm form, FormErrors errors, String saved) {
        return page.render(Templates.user(user, teams.list(), ROLES, form, errors, saved));
    }

    private UserView load(String username) {
        return users.find(username).orElseThrow(() -> Problem.notFound(m -> m.errUserNotFound(username)));
    }

    private FormErrors errors(Problem problem) {
        return FormErrors.of(problem, page.messages());
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
