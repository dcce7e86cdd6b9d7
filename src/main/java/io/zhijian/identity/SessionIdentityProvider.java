package io.zhijian.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Requests with a valid login cookie: roles are those the user has now (remembered until the user changes),
 * so a deactivated user or a changed role takes effect on the next request rather than when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    LoginService logins;

    @Inject
    SessionMarks marks;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<LoginService.Principal> remembered = logins.remembered(request.getPrincipal());
        if (remembered.isPresent()) {
            // Lazily, so an ended session is a failed authentication, not an exception from this method.
            return Uni.createFrom().item(() -> identity(remembered.get(), http));
        }
        return context.runBlocking(() -> identity(logins.current(request.getPrincipal())
                .orElseThrow(AuthenticationFailedException::new), http));
    }

    /** The user, if this session began after the user's sessions were last ended. */
    private SecurityIdentity identity(LoginService.Principal principal, RoutingContext http) {
        if (!marks.valid(http, principal.username(), principal.sessionsValidFrom())) {
            throw new AuthenticationFailedException("the session was ended");
        }
        return SecurityIdentities.of(principal);
    }
}
