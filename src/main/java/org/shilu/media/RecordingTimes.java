package org.shilu.media;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.shilu.model.Recording;
import org.shilu.model.Turn;

/**
 * Where the turns stand in the programme's recording: a turn was spoken at a studio time, the
 * recording began at one, so no syncing by hand is needed. A turn with no time of its own plays from
 * where the turn before it with one does.
 */
public final class RecordingTimes {
    private RecordingTimes() {
    }

    /** Where in the recording {@code studioTime} is (negative before it began). */
    public static Duration positionOf(LocalDateTime studioTime, Recording recording) {
        return Duration.between(recording.startedAt(), studioTime);
    }

    /** The studio time at {@code position} in the recording. */
    public static LocalDateTime studioTimeAt(Duration position, Recording recording) {
        return recording.startedAt().plus(position);
    }

    /**
     * Where to play turn {@code index} from: a {@code lead} before it was spoken (committed, when
     * its start is not known), never before the recording's start; the start when no turn up to
     * it has a time.
     */
    public static Duration playFrom(List<Turn> turns, int index, Recording recording, Duration lead) {
        for (int i = index; i >= 0; i--) {
            LocalDateTime at = turns.get(i).spokenOrPublishedAt();
            if (at != null) {
                Duration position = positionOf(at, recording).minus(lead);
                return position.isNegative() ? Duration.ZERO : position;
            }
        }
        return Duration.ZERO;
    }

    /**
     * The turn being heard at {@code position}: the last one with a time at or before it (a turn
     * without a time cannot be placed, so it is never the one marked); -1 before the first.
     */
    public static int turnAt(List<Turn> turns, Duration position, Recording recording) {
        LocalDateTime now = studioTimeAt(position, recording);
        int heard = -1;
        for (int i = 0; i < turns.size(); i++) {
            LocalDateTime at = turns.get(i).spokenOrPublishedAt();
            if (at != null) {
                if (at.isAfter(now)) {
                    break;
                }
                heard = i;
            }
        }
        return heard;
    }

    /** The recording set so that turn {@code turn}, heard now at {@code position}, was spoken at its time. */
    public static Recording syncedTo(Recording recording, Turn turn, Duration position) {
        LocalDateTime at = turn.spokenOrPublishedAt();
        if (at == null) {
            throw new IllegalArgumentException("the turn has no time to sync the recording to");
        }
        return new Recording(recording.file(), at.minus(position));
    }
}
