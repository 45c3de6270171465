package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OrderKeysTest {
    @Test
    void appendingFiveThousandTurnsKeepsKeysShortAndInOrder() {
        List<String> keys = new ArrayList<>();
        String last = null;
        for (int i = 0; i < 5_000; i++) {
            last = OrderKeys.between(last, null);
            keys.add(last);
        }
        assertInOrder(keys);
        assertTrue(last.length() <= 4, "the 5,000th key is " + last);
        assertTrue(keys.stream().noneMatch(key -> key.endsWith("0")), "no key ends in 0, so there is room below each");
        assertEquals("a1", keys.get(0));
    }

    @Test
    void insertsAnywhereAlwaysFindRoomAndKeepTheOrder() {
        Random random = new Random(16);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int at = random.nextInt(keys.size() + 1);
            String before = at == 0 ? null : keys.get(at - 1);
            String after = at == keys.size() ? null : keys.get(at);
            String key = OrderKeys.between(before, after);
            keys.add(at, key);
            assertTrue(!key.endsWith("0"), key);
        }
        assertInOrder(keys);
    }

    @Test
    void manyInsertsAtTheSamePlaceAndAtTheTopStayInOrder() {
        List<String> keys = new ArrayList<>(List.of(OrderKeys.first(), OrderKeys.between(OrderKeys.first(), null)));
        for (int i = 0; i < 500; i++) {
            keys.add(1, OrderKeys.between(keys.get(0), keys.get(1)));
            keys.add(0, OrderKeys.between(null, keys.get(0)));
        }
        assertInOrder(keys);
        assertThrows(IllegalArgumentException.class, () -> OrderKeys.between("a5", "a5"));
    }

    private static void assertInOrder(List<String> keys) {
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, keys.get(i - 1) + " before " + keys.get(i) + " at " + i);
        }
    }
}
