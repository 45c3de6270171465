package org.shilu.check;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shilu.model.PunctuationWidth;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The checks an editor runs before export: a roster name written another way in the text, with
 * characters that sound the same or alike as a pinyin input method mixes them up (路华 for 陆华,
 * 牛宁 for 刘宁: n/l, z/zh, c/ch, s/sh, an/ang, en/eng, in/ing), a
 * speaker with one turn only, a guest's or caller's turn without a time, a time earlier than the
 * turn's above, punctuation of a width the portal does not expect (when its layout names one), doubts
 * still marked, and sensitive words the programme does not allow. Plain Java; the window runs
 * it off its thread.
 */
public final class ConsistencyCheck {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ConsistencyCheck() {
    }

    /**
     * Every finding, in the order of the turns (the widths last).
     *
     * @param expectedWidth the punctuation width the portal expects, or null when it names none (then
     *                      widths are not checked: real portal pages mix them)
     */
    public static List<Finding> check(Transcript transcript, PunctuationWidth.Direction expectedWidth) {
        return check(transcript, expectedWidth, SensitiveWords.NONE);
    }

    /** Every finding, with each word of {@code words} that a turn holds and the programme does not allow. */
    public static List<Finding> check(Transcript transcript, PunctuationWidth.Direction expectedWidth, SensitiveWords words) {
        List<Finding> findings = new ArrayList<>();
        List<Turn> turns = transcript.turns();
        Map<String, Integer> turnsBySpeaker = new HashMap<>();
        Map<String, Integer> firstTurn = new HashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            turnsBySpeaker.merge(turns.get(i).speakerId(), 1, Integer::sum);
            firstTurn.putIfAbsent(turns.get(i).speakerId(), i);
        }
        NameSpellings names = new NameSpellings(transcript.roster());
        LocalDateTime last = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            Speaker speaker = transcript.speakerOf(turn);
            for (String[] miss : names.nearMisses(turn.text())) {
                findings.add(new Finding(Finding.Kind.NAME_SPELLED_TWO_WAYS, i, turn.id(), List.of(miss)));
            }
            if (turnsBySpeaker.get(turn.speakerId()) == 1 && transcript.roster().size() > 1) {
                findings.add(new Finding(Finding.Kind.SPEAKER_USED_ONCE, i, turn.id(), List.of(speaker.label())));
            }
            LocalDateTime time = turn.spokenOrPublishedAt();
            if (time == null && (speaker.role() == Role.GUEST || speaker.role() == Role.CALLER)) {
                findings.add(new Finding(Finding.Kind.TURN_WITHOUT_TIME, i, turn.id(), List.of(speaker.label())));
            }
            if (time != null && last != null && time.isBefore(last)) {
                findings.add(new Finding(Finding.Kind.TIME_GOES_BACK, i, turn.id(),
                        List.of(TIME.format(time), TIME.format(last))));
            }
            last = time != null ? time : last;
            for (org.shilu.model.Doubt doubt : turn.doubts()) {
                findings.add(new Finding(Finding.Kind.OPEN_DOUBT, i, turn.id(), List.of(doubt.text(), doubt.context(turn.text(), 8))));
            }
            findings.addAll(sensitive(transcript, i, words));
        }
        findings.addAll(widths(transcript, expectedWidth));
        return findings;
    }

    /** The sensitive words in every turn, in order: what publishing warns of. */
    public static List<Finding> sensitive(Transcript transcript, SensitiveWords words) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; !words.isEmpty() && i < transcript.turns().size(); i++) {
            findings.addAll(sensitive(transcript, i, words));
        }
        return findings;
    }

    private static List<Finding> sensitive(Transcript transcript, int index, SensitiveWords words) {
        if (words.isEmpty()) {
            return List.of();
        }
        Turn turn = transcript.turns().get(index);
        String text = turn.text();
        List<Finding> findings = new ArrayList<>(0);
        for (SensitiveWords.Match match : words.find(text, transcript.desk().allowed())) {
            String around = text.substring(Math.max(0, match.start() - 8), Math.min(text.length(), match.end() + 8)).replace('\n', ' ');
            findings.add(new Finding(Finding.Kind.SENSITIVE_WORD, index, turn.id(),
                    List.of(text.substring(match.start(), match.end()), match.word().category(), around)));
        }
        return findings;
    }

    /** Punctuation of the width the portal does not expect: one finding, at the first turn that has some. */
    private static List<Finding> widths(Transcript transcript, PunctuationWidth.Direction expected) {
        List<PunctuationWidth.Change> wrong = expected == null ? List.of() : PunctuationWidth.changes(transcript, expected, false);
        if (wrong.isEmpty()) {
            return List.of();
        }
        int marks = wrong.stream().mapToInt(PunctuationWidth.Change::marks).sum();
        PunctuationWidth.Change first = wrong.get(0);
        return List.of(new Finding(Finding.Kind.MIXED_WIDTHS, first.index(), first.before().id(),
                List.of(String.valueOf(marks), expected.name())));
    }

    /** The roster's names and where the text writes one of them another way. */
    private static final class NameSpellings {
        private final Pinyin pinyin = new Pinyin();
        private final List<String> names = new ArrayList<>();
        private final List<String[]> syllables = new ArrayList<>();

        NameSpellings(List<Speaker> roster) {
            Set<String> all = new LinkedHashSet<>();
            for (Speaker speaker : roster) {
                if (speaker.name().codePointCount(0, speaker.name().length()) >= 2) {
                    all.add(speaker.name());
                }
            }
            for (String name : all) {
                String[] sounds = name.codePoints().mapToObj(c -> alike(pinyin.of(c))).toArray(String[]::new);
                if (java.util.Arrays.stream(sounds).allMatch(java.util.Objects::nonNull)) {
                    names.add(name);
                    syllables.add(sounds);
                }
            }
        }

        /** Each stretch of {@code text} other than a name that sounds like it: {spelling, name}. */
        List<String[]> nearMisses(String text) {
            List<String[]> misses = new ArrayList<>();
            if (names.isEmpty()) {
                return misses;
            }
            int[] points = text.codePoints().toArray();
            for (int n = 0; n < names.size(); n++) {
                int[] name = names.get(n).codePoints().toArray();
                String[] sounds = syllables.get(n);
                for (int at = 0; at + name.length <= points.length; at++) {
                    int differing = 0;
                    boolean soundsAlike = true;
                    for (int k = 0; k < name.length && soundsAlike; k++) {
                        if (points[at + k] != name[k]) {
                            differing++;
                            soundsAlike = sounds[k].equals(alike(pinyin.of(points[at + k])));
                        }
                    }
                    if (differing > 0 && soundsAlike) {
                        String spelling = new String(points, at, name.length);
                        if (misses.stream().noneMatch(m -> m[0].equals(spelling))) {
                            misses.add(new String[] {spelling, names.get(n)});
                        }
                    }
                }
            }
            return misses;
        }

        /** A syllable as a pinyin input method's fuzzy matching hears it: n as l, zh as z, ang as an and so on. */
        private static String alike(String syllable) {
            if (syllable == null) {
                return null;
            }
            String s = syllable.replaceFirst("^([zcs])h", "$1").replaceFirst("^n", "l");
            return s.replaceFirst("(a|e|i)ng$", "$1n");
        }
    }
}
