package io.github.camelzoho.showtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the retry delays instead of waiting them. */
public final class RecordingSleeper implements ZohoShowTimeSleeper {

    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration delay) {
        delays.add(delay);
    }

    public List<Duration> delays() {
        return List.copyOf(delays);
    }
}
