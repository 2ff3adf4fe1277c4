package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends SandboxTest {

    @Test
    void parallelRefreshesGetExactlyTheBudgetOfTen() throws Exception {
        String refreshToken = http.bootstrap().path("refresh_token").asText();

        List<JsonNode> results = inParallel(20, () -> http.refresh(refreshToken));

        assertThat(results.stream().filter(r -> r.has("access_token")).count()).isEqualTo(10);
        assertThat(results.stream().filter(r -> "Access Denied".equals(r.path("error").asText())).count())
                .isEqualTo(10);
        assertThat(sandbox.counters().tokenRequests("refresh_token", "throttled")).isEqualTo(10);
    }

    @Test
    void aCodeRacedByManyClientsIsRedeemedOnce() throws Exception {
        String code = sandbox.mintGrantCode();

        List<JsonNode> results = inParallel(6, () -> http.exchange(code));

        assertThat(results.stream().filter(r -> r.has("access_token")).count()).isEqualTo(1);
        assertThat(results.stream().filter(r -> "invalid_code".equals(r.path("error").asText())).count())
                .isEqualTo(5);
    }

    private static List<JsonNode> inParallel(int count, Callable<JsonNode> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<JsonNode>> futures = pool.invokeAll(IntStream.range(0, count).mapToObj(i -> call).toList());
            List<JsonNode> results = new java.util.ArrayList<>();
            for (Future<JsonNode> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
