package org.shilu.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Publishing, as kept in the settings: the places the user publishes to (never with a secret), and
 * for each programme (by its id) where and how it is published, and whether it was publishing when
 * Shilu last stopped, so that publishing resumes after a restart or a crash.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PublishingSettings(List<PublishProfile> places, Map<String, Plan> plans) {
    public static final PublishingSettings NONE = new PublishingSettings(List.of(), Map.of());

    public PublishingSettings {
        places = places == null ? List.of() : places.stream().filter(java.util.Objects::nonNull).toList();
        plans = plans == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    /**
     * How one programme is published: the places by name, the broadcast delay, the approval gate,
     * how often readers' pages ask for news, whether it is publishing now, and whether the page marks
     * its newest turn.
     */
    public record Plan(List<String> places, int delaySeconds, boolean approvalGate, int pollSeconds, boolean active,
                       boolean markNewest) {
        public Plan {
            places = places == null ? List.of() : List.copyOf(places);
        }

        public Plan inactive() {
            return new Plan(places, delaySeconds, approvalGate, pollSeconds, false, markNewest);
        }
    }

    public PublishingSettings withPlaces(List<PublishProfile> newPlaces) {
        return new PublishingSettings(newPlaces, plans);
    }

    public PublishingSettings withPlan(String programme, Plan plan) {
        Map<String, Plan> all = new LinkedHashMap<>(plans);
        all.remove(programme);
        all.put(programme, plan);
        while (all.size() > 50) {
            all.remove(all.keySet().iterator().next()); // the oldest programmes' plans go
        }
        return new PublishingSettings(places, all);
    }

    public java.util.Optional<Plan> plan(String programme) {
        return java.util.Optional.ofNullable(plans.get(programme));
    }
}
