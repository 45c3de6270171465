package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ShareAddressTest {
    @Test
    void anAddressWithAProgrammeReadsBackAsWritten() {
        UUID id = UUID.randomUUID();
        ShareAddress address = new ShareAddress("db.studio.cn", 6543, "shilu", "zhanglu", "verify-full", null);
        ShareAddress.WithProgramme read = ShareAddress.parse(address.uri(id));
        assertEquals(address, read.address());
        assertEquals(id, read.programme());
        assertEquals(5432, ShareAddress.parse("postgresql://bo@127.0.0.1/shilu#" + id).address().port());
        assertEquals("prefer", ShareAddress.parse("postgresql://bo@127.0.0.1/shilu#" + id).address().sslMode());
    }

    @Test
    void aWrongAddressIsRefusedSayingWhatAnAddressIs() {
        for (String wrong : new String[] {"http://bo@host/db#x", "postgresql://host/db#" + UUID.randomUUID(),
                "postgresql://bo@host/db", "postgresql://bo@host/#" + UUID.randomUUID(), "postgresql://bo@host/db#not-an-id",
                "postgresql://bo@host:99999/db#" + UUID.randomUUID(), "postgresql://bo@host/db?sslmode=maybe#" + UUID.randomUUID()}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ShareAddress.parse(wrong), wrong);
            assertTrue(!refused.getMessage().isBlank(), wrong);
        }
    }
}
