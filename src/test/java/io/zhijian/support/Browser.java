package io.zhijian.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client: keeps cookies, signs in through the login form, submits forms with the CSRF token. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private final Map<String, String> cookies = new HashMap<>();
    private String language = "en";

    public static Browser signedInAs(String username) {
        Browser browser = new Browser();
        Response response = browser.login(username, Api.PASSWORD);
        if (response.statusCode() != 302 || !response.header("Location").endsWith("/")) {
            throw new AssertionError("login failed for " + username + ": " + response.statusCode() + " "
                    + response.header("Location"));
        }
        return browser;
    }

    public Browser acceptLanguage(String language) {
        this.language = language;
        return this;
    }

    /** Signs in through the form, with the CSRF token of the sign-in page as a browser would. */
    public Response login(String username, String password) {
        Matcher token = CSRF.matcher(get("/login").asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        return loginWithToken(username, password, token.group(1));
    }

    /** Posts the sign-in form with the given CSRF token (null: none). */
    public Response loginWithToken(String username, String password, String csrfToken) {
        RequestSpecification form = request().formParam("j_username", username).formParam("j_password", password);
        if (csrfToken != null) {
            form.formParam("csrf-token", csrfToken);
        }
        return remember(form.post("/j_security_check"));
    }

    public Response get(String path) {
        return remember(request().get(path));
    }

    /** Loads {@code pagePath} for a fresh CSRF token, then posts the form to {@code action}. */
    public Response submit(String pagePath, String action, Map<String, ?> fields) {
        String html = get(pagePath).asString();
        Matcher token = CSRF.matcher(html);
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + pagePath);
        }
        return postForm(action, fields, token.group(1));
    }

    public Response postForm(String action, Map<String, ?> fields, String csrfToken) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> request.formParam(name, v));
            } else {
                request.formParam(name, value);
            }
        });
        if (csrfToken != null) {
            request.formParam("csrf-token", csrfToken);
        }
        return remember(request.post(action));
    }

    /** A multipart form (file upload) with the CSRF token of {@code pagePath}. */
    public Response submitMultipart(String pagePath, String action, Map<String, String> fields, String fileName,
                                    String fileContent) {
        Matcher token = CSRF.matcher(get(pagePath).asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + pagePath);
        }
        RequestSpecification request = request().multiPart("csrf-token", token.group(1));
        fields.forEach(request::multiPart);
        if (fileName != null) {
            request.multiPart("file", fileName, fileContent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "text/plain");
        }
        return remember(request.post(action));
    }

    /** A multipart form with a binary file part, with the CSRF token of {@code pagePath}. */
    public Response submitFile(String pagePath, String action, Map<String, String> fields, String part, String fileName,
                               byte[] content, String mimeType) {
        Matcher token = CSRF.matcher(get(pagePath).asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + pagePath);
        }
        RequestSpecification request = request().multiPart("csrf-token", token.group(1));
        fields.forEach(request::multiPart);
        request.multiPart(part, fileName, content, mimeType);
        return remember(request.post(action));
    }

    /** An htmx-style form post: the CSRF token in the X-CSRF-TOKEN header, as the layout sends it. */
    public Response htmxPost(String pagePath, String action, Map<String, ?> fields) {
        Matcher token = CSRF.matcher(get(pagePath).asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + pagePath);
        }
        RequestSpecification request = request().header("X-CSRF-TOKEN", token.group(1)).header("HX-Request", "true")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(request::formParam);
        return remember(request.post(action));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Sets a cookie as a copied or forged one would arrive. */
    public Browser withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    private RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).cookies(cookies).header("Accept-Language", language);
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }
}
