package org.shilu.live;

import java.util.List;

import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** Who speaks after a commit that switches speaker: after the host, the guest who spoke last; after anyone else, the host. */
final class NextSpeakers {
    private NextSpeakers() {
    }

    static String after(Transcript transcript, String currentSpeakerId) {
        Speaker current = transcript.speaker(currentSpeakerId).orElse(null);
        if (current == null) {
            return currentSpeakerId;
        }
        if (current.role() == Role.HOST) {
            List<Turn> turns = transcript.turns();
            for (int i = turns.size() - 1; i >= 0; i--) {
                Speaker speaker = transcript.speakerOf(turns.get(i));
                if (speaker.role() != Role.HOST) {
                    return speaker.id();
                }
            }
            return transcript.roster().stream().filter(s -> s.role() != Role.HOST).map(Speaker::id).findFirst()
                    .orElse(currentSpeakerId);
        }
        return transcript.roster().stream().filter(s -> s.role() == Role.HOST).map(Speaker::id).findFirst()
                .orElse(currentSpeakerId);
    }
}
