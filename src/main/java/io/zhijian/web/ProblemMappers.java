package io.zhijian.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.zhijian.identity.CurrentUser;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Problem;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where errors become responses: application/problem+json under /api, a friendly page
 * in the user's language everywhere else. Never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String detail);
    }

    /** One field's complaint, as listed in a validation problem. */
    public record FieldError(String field, String message) {
    }

    @Inject
    CurrentUser page;

    @ServerExceptionMapper
    public Response problem(Problem problem, UriInfo uri) {
        AppMessages m = page.messages();
        List<FieldError> errors = problem.fieldErrors(m).entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue())).toList();
        return respond(uri, problem.status(), problem.detail(m), errors, problem.extensions());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, page.messages().errForbidden(), List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return notSignedIn(uri, "/login");
    }

    /** Wrong credentials: the API challenges again; a failed sign-in form lands on the failure page. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return notSignedIn(uri, "/login/failed");
    }

    private Response notSignedIn(UriInfo uri, String page) {
        if (!isApi(uri)) {
            return Response.seeOther(URI.create(page)).build();
        }
        return Response.fromResponse(respond(uri, 401, this.page.messages().errUnauthorized(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"zhijian\"").build();
    }

    /** Listed one by one: Quarkus has built-in mappers for the subtypes, and the most specific wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " " + page.messages().jsonWhere(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String reason = JsonReasons.reason(e, page.messages());
        String detail = page.messages().errMalformedJson(reason + where);
        List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, reason));
        return respond(uri, 400, detail, errors);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(uri, 400, page.messages().errValidation(), errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        return respond(uri, status, page.messages().httpStatus(status), List.of());
    }

    /**
     * The database's own refusals are the last guard for rules that services check first: a unique key two
     * parallel requests raced for is a 409, a value too long for its column or out of its range a 400 naming the
     * field where the database says which (H2 does); the transaction has rolled back, so nothing was changed.
     */
    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23")) {
                    return respond(uri, 409, page.messages().errConcurrentChange(), List.of());
                }
                if (state.equals("22001")) {
                    String field = DatabaseColumns.named(sql.getMessage());
                    String text = page.messages().errValueTooLong();
                    return respond(uri, 400, text, field == null ? List.of() : List.of(new FieldError(field, text)));
                }
                if (state.equals("22003")) {
                    return respond(uri, 400, page.messages().errValueOutOfRange(), List.of());
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s", incident, uri.getPath());
        return respond(uri, 500, page.messages().errInternal(incident), List.of());
    }

    private Response respond(UriInfo uri, int status, String detail, List<FieldError> errors) {
        return respond(uri, status, detail, errors, Map.of());
    }

    private Response respond(UriInfo uri, int status, String detail, List<FieldError> errors,
                             Map<String, Object> extensions) {
        if (isApi(uri)) {
            Map<String, Object> body = new LinkedHashMap<>(extensions);
            body.put("type", "about:blank");
            body.put("title", Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase());
            body.put("status", status);
            body.put("detail", detail);
            body.put("instance", uri.getPath());
            if (!errors.isEmpty()) {
                body.put("errors", errors);
            }
            return Response.status(status).type(PROBLEM_JSON).entity(body).build();
        }
        String html = page.render(Templates.error(status, detail)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
