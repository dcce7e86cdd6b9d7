package io.zhijian.platform;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands work from the calling thread to one consumer thread through a bounded queue, so producing the next piece and
 * consuming the last overlap (an export reads and scores rows in its transaction while another thread writes the
 * sheet). At most {@code capacity} pieces wait, so memory does not grow with the work. A failure of the consumer
 * reaches the producer at its next {@link #put} or at {@link #finish}; closing without finishing (the producer failed)
 * stops the consumer.
 */
public final class Pipeline<T> implements AutoCloseable {

    private final BlockingQueue<Object> queue;
    private final FutureTask<Void> consumer;
    private final Thread thread;
    private static final Object END = new Object();

    public Pipeline(String name, int capacity, Consumer<T> consume) {
        queue = new ArrayBlockingQueue<>(capacity);
        consumer = new FutureTask<>(() -> {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                T piece = (T) next;
                consume.accept(piece);
            }
        });
        thread = new Thread(consumer, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a piece, waiting while the queue is full; throws the consumer's failure if it has failed. */
    public void put(T piece) {
        offer(piece);
    }

    /** Waits until the consumer has taken and consumed every piece; throws its failure if it failed. */
    public void finish() {
        offer(END);
        outcome();
    }

    private void offer(Object piece) {
        try {
            while (!queue.offer(piece, 100, TimeUnit.MILLISECONDS)) {
                if (consumer.isDone()) {
                    outcome();
                    throw new IllegalStateException("the consumer has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing work on", e);
        }
    }

    private void outcome() {
        try {
            consumer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the consumer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the consumer if it is still running (the producer failed or gave up). */
    @Override
    public void close() {
        if (!consumer.isDone()) {
            consumer.cancel(true);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
