package io.github.camelzoho.oauth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Holds background tasks until the test runs them. */
public final class ManualExecutor implements Executor {

    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
        tasks.add(command);
    }

    public synchronized int pending() {
        return tasks.size();
    }

    public void runAll() {
        Runnable r;
        while ((r = poll()) != null) {
            r.run();
        }
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}
