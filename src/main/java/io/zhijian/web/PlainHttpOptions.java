package io.zhijian.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * On plain HTTP the server speaks HTTP/1.1 only. Browsers use HTTP/2 over TLS alone, but Java's HttpClient
 * (and other API clients) ask to upgrade a plain connection to HTTP/2 ("h2c"); on that path every request
 * that signs in with HTTP Basic waited ≈ 90 ms here (the sign-in runs on a worker thread), against 2 ms on
 * HTTP/1.1. Refusing the upgrade keeps such clients on the fast path; HTTPS keeps HTTP/2.
 */
@ApplicationScoped
public class PlainHttpOptions implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
