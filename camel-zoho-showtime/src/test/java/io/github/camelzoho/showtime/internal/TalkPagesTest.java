package io.github.camelzoho.showtime.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The documented filter names map to ShowTime's codes. */
class TalkPagesTest {

    @Test
    void filterNames_mapToTheDocumentedCodes() {
        assertThat(TalkPages.filterCode("upcoming")).isEqualTo("1");
        assertThat(TalkPages.filterCode("Completed")).isEqualTo("2");
        assertThat(TalkPages.filterCode("5")).isEqualTo("5");
        assertThat(TalkPages.filterCode(null)).isEqualTo("1");
    }

    @Test
    void unknownFilterNames_areRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> TalkPages.filterCode("past&x=1"))
                .withMessageContaining("upcoming, completed or a numeric");
    }
}
