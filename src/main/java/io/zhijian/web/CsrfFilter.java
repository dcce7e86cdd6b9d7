package io.zhijian.web;

import io.zhijian.identity.CsrfTokens;
import io.zhijian.identity.CurrentUser;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * CSRF protection for pages: every state-changing request outside {@code /api} must carry its page session's token
 * ({@link CsrfTokens}) in the {@code csrf-token} form field or the {@code X-CSRF-TOKEN} header (htmx). The API is
 * exempt: it accepts only HTTP Basic, never cookies.
 */
public class CsrfFilter {

    @Inject
    CurrentUser page;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request, UriInfo uri) {
        if (SAFE_METHODS.contains(request.getMethod()) || ProblemMappers.isApi(uri)) {
            return null;
        }
        String presented = request.getHeaderString(CsrfTokens.HEADER);
        if (presented == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfTokens.FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (page.acceptsCsrfToken(presented)) {
            return null;
        }
        throw Problem.forbidden(AppMessages::errCsrf);
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
}
