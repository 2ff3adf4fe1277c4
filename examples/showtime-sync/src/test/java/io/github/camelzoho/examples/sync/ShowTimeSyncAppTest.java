package io.github.camelzoho.examples.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's main command, run twice against the sandbox: the first run writes every talk, the second nothing. */
class ShowTimeSyncAppTest {

    @TempDir
    Path dir;

    @Test
    void firstRunWritesEveryTalkAndASecondRunNeitherWritesNorAsksForTokens() throws Exception {
        Path output = dir.resolve("showtime-data");

        ShowTimeSyncApp.Summary first = ShowTimeSyncApp.runOnce(Map.of(), output, Duration.ofMinutes(2));

        assertThat(first.talksWritten()).isEqualTo(237); // the sandbox's default portal: 89 upcoming + 148 completed
        assertThat(first.pagesRead()).isEqualTo(3); // 100 per page: 1 upcoming + 2 completed
        assertThat(first.tokenRequests()).isEqualTo(1); // the one exchange of the self-client grant code
        assertThat(first.toString()).isEqualTo("synced 237 talks (3 pages) to " + output + ", 1 token request");
        List<Path> files = talkFiles(output);
        assertThat(files).hasSize(237);
        JsonNode talk = new ObjectMapper().readTree(files.get(0).toFile());
        assertThat(talk.path("id").asText()).isNotBlank();
        assertThat(talk.path("scheduledTime").isNumber()).isTrue(); // a real type, not ShowTime's string
        Path tokens = output.resolve(".sync/zoho-tokens.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output.resolve(".sync")))).isEqualTo("rwx------");
        long firstModified = Files.getLastModifiedTime(files.get(0)).toMillis();

        ShowTimeSyncApp.Summary second = ShowTimeSyncApp.runOnce(Map.of(), output, Duration.ofMinutes(2));

        assertThat(second.talksWritten()).isZero();
        assertThat(second.tokenRequests()).isZero(); // the stored token is still valid: no new grant, no refresh
        assertThat(talkFiles(output)).hasSize(237);
        assertThat(Files.getLastModifiedTime(files.get(0)).toMillis()).isEqualTo(firstModified);
    }

    private static List<Path> talkFiles(Path output) throws Exception {
        try (Stream<Path> s = Files.list(output)) {
            return s.filter(p -> p.getFileName().toString().matches("talk-\\d+\\.json")).sorted().toList();
        }
    }
}
