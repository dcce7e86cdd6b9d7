package io.zhijian.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/api/audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditLog.Entry> list(@RestQuery int page, @RestQuery Integer size) {
        int pageSize = size == null || size < 1 ? 50 : Math.min(size, MAX_PAGE_SIZE);
        return audit.newestFirst(Math.max(page, 0), pageSize);
    }
}
