package io.zhijian.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Form login and HTTP Basic both arrive here as username + password. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    Clock clock;

    static final String FORM_POST = "/j_security_check";

    @Inject
    LoginService logins;

    @Inject
    SessionMarks marks;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String password = new String(request.getPassword().getPassword());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (formSignIn(http) && !CsrfTokens.acceptsSignIn(http, http.request().getFormAttribute(CsrfTokens.FIELD))) {
            // A sign-in form posted from another site (login CSRF) signs nobody in.
            return Uni.createFrom().failure(new AuthenticationFailedException("no CSRF token on the sign-in form"));
        }
        Optional<LoginService.Principal> remembered = logins.remembered(request.getUsername(), password);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(signedIn(remembered.get(), http));
        }
        return context.runBlocking(() -> signedIn(logins.verify(request.getUsername(), password)
                .orElseThrow(AuthenticationFailedException::new), http));
    }

    /** A sign-in through the form starts a page session: its mark, and a new CSRF token. */
    private SecurityIdentity signedIn(LoginService.Principal principal, RoutingContext http) {
        if (formSignIn(http)) {
            marks.mark(http, principal.username(), clock.instant());
            CsrfTokens.issue(http);
        }
        return SecurityIdentities.of(principal);
    }

    private static boolean formSignIn(RoutingContext http) {
        return http != null && FORM_POST.equals(http.normalizedPath());
    }
}
