package io.zhijian.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class SecurityIdentities {

    private SecurityIdentities() {
    }

    static SecurityIdentity of(LoginService.Principal principal) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal.username()));
        principal.roles().forEach(role -> builder.addRole(role.name()));
        return builder.build();
    }
}
