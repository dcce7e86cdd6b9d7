package io.zhijian.training;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids a trainee sees for a question's choices: six-digit numbers drawn from a keyed hash of the attempt,
 * the slot and the choice, so they differ between attempts and say nothing of the choice's place in the bank's
 * file (where the right answer is often first). Responses are stored as the bank's positions, which grading uses.
 */
final class ChoiceIds {

    private final byte[] key;

    ChoiceIds(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The ids of choices 0..count-1 of one slot of one attempt; distinct within the slot. */
    int[] of(long attemptId, int slot, int count) {
        int[] ids = new int[count];
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int salt = 0;
            int id;
            do {
                id = 100_000 + Math.floorMod(hash(attemptId, slot, i, salt++), 900_000);
            } while (!taken.add(id));
            ids[i] = id;
        }
        return ids;
    }

    /** The bank position of a shown id, or -1 when the id is not one of this slot's. */
    int position(long attemptId, int slot, int count, Object shown) {
        if (!(shown instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            return -1;
        }
        int[] ids = of(attemptId, slot, count);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == n.longValue()) {
                return i;
            }
        }
        return -1;
    }

    private int hash(long attemptId, int slot, int choice, int salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(ByteBuffer.allocate(20).putLong(attemptId).putInt(slot).putInt(choice)
                    .putInt(salt).array());
            return ByteBuffer.wrap(digest).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
