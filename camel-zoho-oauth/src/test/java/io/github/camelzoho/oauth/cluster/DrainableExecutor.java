package io.github.camelzoho.oauth.cluster;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A node's background-refresh pool whose queued work a simulation tick can wait for. */
final class DrainableExecutor extends ThreadPoolExecutor {

    private int pending;

    DrainableExecutor(String name) {
        super(2, 2, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable command) {
        synchronized (this) {
            pending++;
        }
        try {
            super.execute(command);
        } catch (RuntimeException e) {
            done();
            throw e;
        }
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        done();
    }

    private synchronized void done() {
        pending--;
        notifyAll();
    }

    /** Waits (bounded) until every task handed to this pool has run. */
    synchronized void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("background refreshes still running after 30 s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
