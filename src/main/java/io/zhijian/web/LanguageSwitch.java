package io.zhijian.web;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.UserService;
import io.zhijian.platform.Lang;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;

/** The language switch: remembered in a cookie and, for a signed-in user, in their profile. */
@Path("/lang")
public class LanguageSwitch {

    @Inject
    CurrentUser page;

    @Inject
    UserService users;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response switchLanguage(@RestForm String lang, @RestForm("return") String returnTo) {
        String chosen = Lang.normalize(lang).orElse(Lang.EN);
        if (page.isSignedIn()) {
            users.rememberLanguage(page.getUsername(), chosen);
        }
        NewCookie cookie = new NewCookie.Builder(Lang.COOKIE).value(chosen).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeLocalPath(returnTo))).cookie(cookie).build();
    }

    /** Only paths on this site: never "//host" or "https://…" (no open redirect). */
    static String safeLocalPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI.create(path);
            return path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
