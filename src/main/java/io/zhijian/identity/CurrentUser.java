package io.zhijian.identity;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Lang;
import io.zhijian.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The current request's user: who is signed in, with which roles, in which language to answer them (and the
 * form's CSRF token). Resources and pages inject it; templates read it as {@code inject:page}.
 */
@RequestScoped
@Named("page")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest vertxRequest;

    @Inject
    UserService users;

    @Inject
    CsrfTokens csrfTokens;

    private String lang;
    private Optional<UserView> user;
    /** Every form of a page carries it (the layout alone three times): read from the mark and derived once. */
    private String csrfToken;

    /** Sets the template's language; every page resource returns its template through here. */
    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(Lang.locale(getLang()));
    }

    public AppMessages messages() {
        return Messages.of(getLang());
    }

    /** A feature's own bundle in this user's language. */
    public <B> B messages(Class<B> bundle) {
        return Messages.bundle(bundle, getLang());
    }

    /** Cookie (the last switch) → the user's saved choice → the browser's Accept-Language → English. */
    public String getLang() {
        if (lang == null) {
            HttpServerRequest request = request();
            lang = Optional.ofNullable(request == null ? null : request.getCookie(Lang.COOKIE))
                    .map(Cookie::getValue).flatMap(Lang::normalize)
                    .or(() -> getUser().map(UserView::language).flatMap(Lang::normalize))
                    .or(() -> Lang.fromAcceptLanguage(request == null ? null : request.getHeader("Accept-Language")))
                    .orElse(Lang.EN);
        }
        return lang;
    }

    public boolean isZh() {
        return Lang.ZH.equals(getLang());
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public Optional<UserView> getUser() {
        if (user == null) {
            // The user's record is read only where blocking is allowed (not on an I/O thread).
            user = !BlockingOperationControl.isBlockingAllowed() || identity.isAnonymous()
                    ? Optional.empty()
                    : users.signedIn(identity.getPrincipal().getName());
        }
        return user;
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getDisplayName() {
        return getUser().map(UserView::displayName).orElse(getUsername());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Sees auto-QA suggestions: everyone who reviews work; agents see their inspectors' scores instead. */
    public boolean isReviewer() {
        return identity.hasRole(Role.ADMIN_NAME) || identity.hasRole(Role.QA_NAME) || identity.hasRole(Role.TRAINER_NAME)
                || identity.hasRole(Role.LEAD_NAME) || identity.hasRole(Role.MANAGER_NAME);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    /** The CSRF token that forms (hidden field) and htmx (header) send back: this page session's. */
    public String getCsrfToken() {
        if (csrfToken == null) {
            RoutingContext context = vertxRequest.getCurrent();
            csrfToken = context == null ? "" : csrfTokens.tokenFor(context, getUsername());
        }
        return csrfToken;
    }

    /** Whether a state-changing page request carries this page session's CSRF token. */
    public boolean acceptsCsrfToken(String presented) {
        RoutingContext context = vertxRequest.getCurrent();
        return context != null && csrfTokens.accepts(context, getUsername(), presented);
    }

    public String getCsrfField() {
        return CsrfTokens.FIELD;
    }

    /** The current path with its query, for "come back here" links such as the language switch. */
    public String getPath() {
        HttpServerRequest request = request();
        return request == null ? "/" : request.uri();
    }

    private HttpServerRequest request() {
        return vertxRequest.getCurrent() == null ? null : vertxRequest.getCurrent().request();
    }
}
