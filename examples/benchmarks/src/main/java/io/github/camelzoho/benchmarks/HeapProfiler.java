package io.github.camelzoho.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Heap use of the benchmark's JVM during each iteration: the peak of used heap (garbage included: the sum of the heap
 * pools' peaks, an upper bound) and the largest heap left after any garbage collection (what the workload keeps
 * alive, plus garbage not yet collected from the old generation). Runs inside the benchmark's JVM.
 */
public final class HeapProfiler implements InternalProfiler {

    public static final String PEAK_USED = "heap.peakUsed";
    public static final String MAX_AFTER_GC = "heap.maxAfterGc";
    public static final String HEAP_MAX = "heap.max";
    private static final double MB = 1024.0 * 1024.0;

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    @Override
    public String getDescription() {
        return "peak heap used and the largest heap after GC";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        maxAfterGc.set(0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        NotificationListener listener = this::gcEnded;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception e) {
                        // already gone
                    }
                });
            }
        }
    }

    private void gcEnded(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(entry.getKey())) {
                used += entry.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        unregister.forEach(Runnable::run);
        unregister.clear();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage usage = pool.getPeakUsage();
                peak += usage.getUsed();
            }
        }
        return List.of(new ScalarResult(PEAK_USED, peak / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult(MAX_AFTER_GC, maxAfterGc.get() / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult(HEAP_MAX, Runtime.getRuntime().maxMemory() / MB, "MB", AggregationPolicy.MAX));
    }
}
