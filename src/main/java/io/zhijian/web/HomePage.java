package io.zhijian.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.TeamService;
import io.zhijian.identity.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: one panel per role the user holds, with only real figures. */
@Path("/")
public class HomePage {

    /** Figures for the admin panel; null for users who are not admins. */
    public record AdminFigures(long activeUsers, long lockedUsers, long teams) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(AdminFigures admin);
    }

    @Inject
    CurrentUser page;

    @Inject
    UserService users;

    @Inject
    TeamService teams;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        AdminFigures admin = page.isAdmin()
                ? new AdminFigures(users.countActive(), users.countLocked(), teams.count())
                : null;
        return page.render(Templates.home(admin));
    }
}
