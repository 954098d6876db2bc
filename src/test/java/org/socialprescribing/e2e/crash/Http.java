package org.socialprescribing.e2e.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Plain JSON calls to one running application. The test drives a process it starts itself, so it
 * keeps away from REST Assured's global settings, which point at the application the other
 * end-to-end tests share.
 */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    record Reply(int status, JsonNode body, String etag) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        String id() {
            return body.path("id").asText();
        }
    }

    Reply get(String token, String path) throws IOException, InterruptedException {
        return send(request(token, path).GET());
    }

    /** A POST with a JSON body and extra headers. */
    Reply post(String token, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(token, path);
        headers.forEach(request::header);
        request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        return send(request);
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body =
                response.body().length == 0
                        ? MissingNode.getInstance()
                        : JSON.readTree(response.body());
        return new Reply(
                response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
    }
}
