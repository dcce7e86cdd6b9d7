package io.zhijian.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    @Test
    void everyPieceIsConsumedInOrderOnTheConsumerThreadBeforeFinishReturns() {
        List<Integer> consumed = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (Pipeline<Integer> pipeline = new Pipeline<>("test-consumer", 2, piece -> {
            consumed.add(piece);
            threads.add(Thread.currentThread().getName());
        })) {
            for (int i = 0; i < 100; i++) {
                pipeline.put(i);
            }
            pipeline.finish();
        }
        assertEquals(100, consumed.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, consumed.get(i));
        }
        assertTrue(threads.stream().allMatch("test-consumer"::equals));
        assertNotEquals("test-consumer", Thread.currentThread().getName());
    }

    @Test
    void nothingAtAllIsFine() {
        try (Pipeline<Integer> pipeline = new Pipeline<>("test-consumer", 2, piece -> {
            throw new AssertionError("nothing was put");
        })) {
            pipeline.finish();
        }
    }

    @Test
    void theConsumersFailureReachesTheProducerAsItWas() {
        IllegalArgumentException failure = new IllegalArgumentException("bad piece");
        try (Pipeline<Integer> pipeline = new Pipeline<>("test-consumer", 2, piece -> {
            if (piece == 3) {
                throw failure;
            }
        })) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
                for (int i = 0; i < 1000; i++) {
                    pipeline.put(i);
                }
                pipeline.finish();
            });
            assertSame(failure, thrown);
        }
    }

    @Test
    void theProducerWaitsWhileTheQueueIsFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger put = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        try (Pipeline<Integer> pipeline = new Pipeline<>("test-consumer", 2, piece -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            consumed.incrementAndGet();
        })) {
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    pipeline.put(i);
                    put.incrementAndGet();
                }
                pipeline.finish();
            });
            producer.start();
            // One piece held by the stalled consumer, two in the queue: the fourth put waits.
            while (producer.getState() != Thread.State.TIMED_WAITING || put.get() < 3) {
                Thread.sleep(5);
            }
            Thread.sleep(200);
            assertEquals(3, put.get());
            release.countDown();
            producer.join(10_000);
            assertFalse(producer.isAlive());
            assertEquals(10, put.get());
            assertEquals(10, consumed.get());
        }
    }

    @Test
    void closingWithoutFinishingStopsTheConsumer() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        Pipeline<Integer> pipeline = new Pipeline<>("test-consumer-stopped", 2, piece -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                throw new IllegalStateException(e);
            }
        });
        pipeline.put(1);
        started.await();
        pipeline.close();
        assertEquals(1, interrupted.get());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("test-consumer-stopped")));
    }
}
