package org.shilu.format;

import java.util.List;

import org.shilu.model.Role;
import org.shilu.model.Speaker;

/** Guesses a speaker's role, name and title from the label a portal printed. */
final class SpeakerGuess {
    private static final List<String> HOST_WORDS = List.of("主持人", "主持", "主播");
    private static final List<String> NETIZEN_WORDS = List.of("网友", "网民");
    private static final List<String> CALLER_WORDS = List.of("听众", "来电", "市民", "热线", "群众", "观众");
    private static final List<String> NARRATOR_WORDS = List.of("旁白", "解说", "画外音");
    private static final List<String> GUEST_WORDS = List.of("嘉宾", "记者", "专家");
    /** Titles, longest first so that 副局长 wins over 局长. */
    private static final List<String> TITLES = List.of(
            "常务副市长", "总经理", "董事长", "秘书长", "负责人", "副局长", "副主任", "副书记", "副部长", "副市长",
            "副区长", "副县长", "副厅长", "副院长", "副校长", "副处长", "副科长", "副所长",
            "局长", "主任", "书记", "部长", "处长", "科长", "市长", "县长", "区长", "镇长", "所长", "院长",
            "校长", "经理", "主席", "总理", "委员", "教授", "医生", "律师", "队长", "站长", "厅长", "代表");

    private SpeakerGuess() {
    }

    static Speaker speaker(String id, String label) {
        String base = label;
        String name = "";
        int open = indexOfAny(label, "(（");
        if (open > 0 && (label.endsWith(")") || label.endsWith("）"))) {
            base = label.substring(0, open);
            name = label.substring(open + 1, label.length() - 1).strip();
        }
        Role role = role(base);
        if (name.isEmpty() && LabelMatch.isNetizen(base) && base.length() > 2) {
            // 网友“江南雨” and 网友 老王: the netizen's name, without its quotes
            name = base.substring(2).strip().replaceAll("^[“\"](.*)[”\"]$", "$1");
            return new Speaker(id, label, role, name, "");
        }
        String title = "";
        for (String candidate : TITLES) {
            if (base.endsWith(candidate) && base.length() > candidate.length()) {
                title = candidate;
                if (name.isEmpty()) {
                    name = base.substring(0, base.length() - candidate.length());
                }
                break;
            }
        }
        return new Speaker(id, label, role, name, title);
    }

    static Role role(String label) {
        if (containsAny(label, HOST_WORDS)) {
            return Role.HOST;
        }
        if (containsAny(label, NETIZEN_WORDS)) {
            return Role.NETIZEN;
        }
        if (containsAny(label, CALLER_WORDS)) {
            return Role.CALLER;
        }
        if (containsAny(label, NARRATOR_WORDS)) {
            return Role.NARRATOR;
        }
        return Role.GUEST;
    }

    /** Whether a label without brackets looks like a speaker by its words alone. */
    static boolean soundsLikeSpeaker(String label) {
        String base = label;
        int open = indexOfAny(label, "(（");
        if (open > 0) {
            base = label.substring(0, open);
        }
        // A speaker's word opens the label (网友甲, 听众来电); a title closes it (陆华副局长).
        for (List<String> words : List.of(HOST_WORDS, NETIZEN_WORDS, CALLER_WORDS, NARRATOR_WORDS, GUEST_WORDS)) {
            if (words.stream().anyMatch(base::startsWith)) {
                return true;
            }
        }
        return TITLES.stream().anyMatch(base::endsWith);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
