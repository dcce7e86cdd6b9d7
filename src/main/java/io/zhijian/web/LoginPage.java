package io.zhijian.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.UserService;
import io.zhijian.platform.PlatformConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/** The sign-in page (the form posts to Quarkus' j_security_check) and sign-out. */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, boolean demo);
    }

    @Inject
    CurrentUser page;

    @Inject
    PlatformConfig platform;

    @Inject
    UserService users;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@RestQuery boolean out) {
        return page.render(Templates.login(false, out, platform.demoData()));
    }

    /** Where a failed sign-in lands; the same message whatever the reason, so usernames cannot be probed. */
    @GET
    @Path("login/failed")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance loginFailed() {
        return page.render(Templates.login(true, false, platform.demoData()));
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        // Signing out here signs the user out everywhere: a sign-in cookie copied or left on another device ends too.
        page.getUser().ifPresent(user -> users.endSessions(user.username()));
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/login?out=true")).cookie(expired).build();
    }
}
