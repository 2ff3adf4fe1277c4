package io.github.camelzoho.oauth.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Error excerpts are short, flat and free of secrets. */
class SafeExcerptTest {

    private static final String TOKEN = "1000.aaaa1111bbbb2222cccc3333dddd4444.eeee5555ffff6666aaaa7777bbbb8888";

    @Test
    void masksZohoTokens_authorizationValues_andSecretFields() {
        String text = "{\"access_token\":\"plain\",\"client_secret\":\"s3cret\",\"echo\":\"Zoho-oauthtoken abc.def\","
                + "\"raw\":\"" + TOKEN + "\",\"url\":\"/x?refresh_token=r1&a=b\"}";

        String excerpt = SafeExcerpt.of(text);

        assertThat(excerpt).doesNotContain("plain", "s3cret", "abc.def", TOKEN, "r1&")
                .contains("\"access_token\":\"****\"", "Zoho-oauthtoken ****", "refresh_token=****", "a=b");
    }

    @Test
    void stripsHtml_andFlattensWhitespace() {
        assertThat(SafeExcerpt.of("<html><head><style>p{}</style><title>502 Bad Gateway</title></head>\n<body>"
                + "<h1>502 Bad Gateway</h1></body></html>")).isEqualTo("502 Bad Gateway 502 Bad Gateway");
    }

    @Test
    void isShort() {
        assertThat(SafeExcerpt.of("x".repeat(10_000))).hasSize(303).endsWith("...");
        assertThat(SafeExcerpt.of(null)).isEmpty();
    }
}
