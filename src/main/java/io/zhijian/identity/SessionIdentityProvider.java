package io.zhijian.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
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

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        Optional<LoginService.Principal> remembered = logins.remembered(request.getPrincipal());
        if (remembered.isPresent()) {
            return Uni.createFrom().item(SecurityIdentities.of(remembered.get()));
        }
        return context.runBlocking(() -> logins.current(request.getPrincipal())
                .map(SecurityIdentities::of)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
