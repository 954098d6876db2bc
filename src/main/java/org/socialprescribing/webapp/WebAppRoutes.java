package org.socialprescribing.webapp;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the web app at /app. Its files are static resources (built from src/main/webapp into
 * META-INF/resources/app); these routes add what static files cannot: every address under /app that
 * names no file is the app's own page (so a user can open or edit a deep link), and
 * /app/config.json tells the app which Keycloak realm and client to log in with: the realm this API
 * already trusts, so there is one setting, not two.
 */
@ApplicationScoped
public class WebAppRoutes {
    private static final String INDEX = "META-INF/resources/app/index.html";
    // A path under /app whose last segment has no dot is a page of the app, not a file.
    private static final String PAGE = "/app(/([^/.]+/)*[^/.]*)?";

    private final String realmUrl;
    private final String clientId;

    public WebAppRoutes(
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realmUrl,
            @ConfigProperty(name = "sp.webapp.client-id", defaultValue = "sp-web")
                    String clientId) {
        this.realmUrl = realmUrl.orElse("");
        this.clientId = clientId;
    }

    void install(@Observes Router router) {
        byte[] index = readIndex();
        String policy = contentSecurityPolicy();
        router.get("/app/config.json").handler(this::config);
        router.getWithRegex(PAGE).handler(ctx -> page(ctx, index, policy));
    }

    private void config(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("realmUrl", realmUrl).put("clientId", clientId).encode());
    }

    private static void page(RoutingContext ctx, byte[] index, String policy) {
        if (index == null) {
            ctx.next();
            return;
        }
        if (ctx.normalizedPath().equals("/app")) {
            ctx.redirect("/app/");
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", policy)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .end(Buffer.buffer(index));
    }

    /**
     * Scripts, styles and fonts only from the app itself; API calls to the app and token refreshes
     * to Keycloak; the letter's PDF preview from a blob the app made.
     */
    private String contentSecurityPolicy() {
        String keycloak = origin(realmUrl);
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data: blob:",
                "connect-src 'self' " + keycloak,
                "frame-src 'self' blob: " + keycloak,
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + keycloak,
                "frame-ancestors 'none'");
    }

    private static String origin(String url) {
        if (url.isBlank()) {
            return "";
        }
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The built page, or null when the build skipped the app (-Dsp.webapp.skip). */
    private static byte[] readIndex() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }
}
