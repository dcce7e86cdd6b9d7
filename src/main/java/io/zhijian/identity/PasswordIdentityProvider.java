package io.zhijian.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Form login and HTTP Basic both arrive here as username + password. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginService logins;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String password = new String(request.getPassword().getPassword());
        Optional<LoginService.Principal> remembered = logins.remembered(request.getUsername(), password);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(SecurityIdentities.of(remembered.get()));
        }
        return context.runBlocking(() -> logins.verify(request.getUsername(), password)
                .map(SecurityIdentities::of)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
