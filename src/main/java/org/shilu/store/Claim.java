package org.shilu.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.shilu.format.BadInputException;

/**
 * A journal looked at before its programme is shown: locked for this window (or null when even
 * the lock cannot be written yet), and what it holds from a session that did not end cleanly.
 */
public record Claim(Path file, Journal journal, IOException lockFailure, Recovery recovery, List<Notice> notices) {
    public boolean offersRecovery() {
        return recovery != null && recovery.holdsMore();
    }

    /**
     * Locks a journal and reads what it holds. A journal that cannot be read at all is set aside,
     * with a notice, and never deleted.
     */
    static Claim take(Path file, LocalDateTime now) throws OpenElsewhereException {
        Journal claimed;
        try {
            claimed = Journal.claim(file);
        } catch (IOException e) {
            return new Claim(file, null, e, null, List.of());
        }
        if (!claimed.exists()) {
            return new Claim(file, claimed, null, null, List.of());
        }
        try {
            Recovery recovery = Recovery.read(file);
            return new Claim(file, claimed, null, recovery, recovery.notices());
        } catch (BadInputException | IOException e) {
            List<Notice> notices = new ArrayList<>();
            notices.add(Notice.of("notice.journalUnreadable", e.getMessage(), e));
            try {
                Path aside = claimed.setAside(now);
                notices.add(Notice.of("notice.journalSetAside", "set aside as " + aside.getFileName(), aside.getFileName()));
            } catch (IOException moveFailed) {
                notices.add(Notice.of("notice.journalLeft", "left in place: " + moveFailed.getMessage(), moveFailed));
            }
            return new Claim(file, claimed, null, null, notices);
        }
    }

    /**
     * Lets the claimed journal go unused: set aside when it held work the user chose not to restore,
     * deleted when it held nothing beyond its project file.
     */
    List<Notice> decline(LocalDateTime now) {
        if (journal == null) {
            return List.of();
        }
        try {
            if (offersRecovery()) {
                Path aside = journal.setAside(now);
                return List.of(Notice.of("notice.journalSetAside", "set aside as " + aside.getFileName(), aside.getFileName()));
            } else if (recovery != null) {
                journal.delete();
            }
            return List.of();
        } catch (IOException e) {
            return List.of(Notice.of("notice.journalLeft", "left in place: " + e.getMessage(), e));
        } finally {
            journal.close();
        }
    }
}
