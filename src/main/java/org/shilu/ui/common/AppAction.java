package org.shilu.ui.common;

import javafx.scene.input.KeyCombination;

/**
 * Every user action, declared once: its text key in the message bundle and its default key.
 * Menus, the key legend (Help → Keys), the README's table and the tests all read from here.
 */
public enum AppAction {
    NEW("action.new", "Shortcut+N"),
    NEW_FROM_TEMPLATE("action.newFromTemplate", null),
    OPEN("action.open", "Shortcut+O"),
    SAVE("action.save", "Shortcut+S"),
    SAVE_AS("action.saveAs", "Shortcut+Shift+S"),
    SAVE_TEMPLATE("action.saveTemplate", null),
    EXPORT("action.export", "Shortcut+E"),
    SHARE("action.share", null),
    JOIN("action.join", null),
    STOP_SHARING("action.stopSharing", null),
    SETTINGS("action.settings", "Shortcut+Comma"),
    QUIT("action.quit", "Shortcut+Q"),
    UNDO("action.undo", "Shortcut+Z"),
    REDO("action.redo", "Shortcut+Shift+Z"),
    REDO_AGAIN("action.redo", "Shortcut+Y"),
    EDIT_TURN("action.editTurn", "F2"),
    SPLIT_TURN("action.splitTurn", "Alt+Enter"),
    MERGE_TURN("action.mergeTurn", "Shortcut+M"),
    INSERT_AFTER("action.insertAfter", "Insert"),
    INSERT_BEFORE("action.insertBefore", "Shift+Insert"),
    DELETE_TURNS("action.deleteTurns", "Delete"),
    MOVE_UP("action.moveUp", "Alt+Up"),
    MOVE_DOWN("action.moveDown", "Alt+Down"),
    CHANGE_SPEAKER("action.changeSpeaker", null),
    EDIT_TIMES("action.editTimes", "Shift+F2"),
    SHIFT_TIMES("action.shiftTimes", null),
    MERGE_SPEAKERS("action.mergeSpeakers", null),
    PUNCTUATION("action.punctuation", null),
    CHECK("action.check", null),
    GLOSSARY("action.glossary", "Shortcut+G"),
    EXPAND("action.expand", "Alt+Slash"),
    ACCEPT_SUGGESTION("action.acceptSuggestion", "Tab"),
    DOUBT("action.doubt", "Shortcut+D"),
    NEXT_DOUBT("action.nextDoubt", "F4"),
    PREVIOUS_DOUBT("action.previousDoubt", "Shift+F4"),
    DOUBTS("action.doubts", "Shortcut+Shift+D"),
    FIND("action.find", "Shortcut+F"),
    REPLACE("action.replace", "Shortcut+H"),
    FIND_NEXT("action.findNext", "F3"),
    FIND_PREVIOUS("action.findPrevious", "Shift+F3"),
    STATISTICS("action.statistics", "Shortcut+I"),
    NEW_PARAGRAPH("action.newParagraph", "Enter"),
    COMMIT("action.commit", "Shortcut+Enter"),
    COMMIT_SAME_SPEAKER("action.commitSameSpeaker", "Shortcut+Shift+Enter"),
    SPEAKER_1("action.speaker", "Shortcut+1"),
    SPEAKER_2("action.speaker", "Shortcut+2"),
    SPEAKER_3("action.speaker", "Shortcut+3"),
    SPEAKER_4("action.speaker", "Shortcut+4"),
    SPEAKER_5("action.speaker", "Shortcut+5"),
    SPEAKER_6("action.speaker", "Shortcut+6"),
    SPEAKER_7("action.speaker", "Shortcut+7"),
    SPEAKER_8("action.speaker", "Shortcut+8"),
    SPEAKER_9("action.speaker", "Shortcut+9"),
    CORRECT_LAST("action.correctLast", "Shortcut+Up"),
    CANCEL_CORRECTION("action.cancelCorrection", "Esc"),
    ROSTER("action.roster", "Shortcut+R"),
    STUDIO_CLOCK("action.studioClock", "Shortcut+T"),
    START_ON_AIR("action.startOnAir", "Shortcut+Shift+T"),
    PUBLISH("action.publish", "Shortcut+Shift+P"),
    PUBLISH_NOW("action.publishNow", "F9"),
    PAUSE_PUBLISHING("action.pausePublishing", "Shift+F9"),
    STOP_PUBLISHING("action.stopPublishing", null),
    APPROVE("action.approve", "Shortcut+Shift+A"),
    REVIEW("action.review", "Shortcut+Shift+R"),
    MARK_PUBLISHED("action.markPublished", null),
    RECORD("action.record", "Shortcut+Shift+M"),
    OPEN_RECORDING("action.openRecording", null),
    PLAY_TURN("action.playTurn", "Shortcut+P"),
    PLAY_PAUSE("action.playPause", "F5"),
    BACK_5("action.back5", "Alt+Left"),
    FORWARD_5("action.forward5", "Alt+Right"),
    SLOWER("action.slower", "Alt+Comma"),
    FASTER("action.faster", "Alt+Period"),
    SYNC_RECORDING("action.syncRecording", "Shift+F5"),
    QUESTIONS("action.questions", "F7"),
    QUESTION_ENTRY("action.questionEntry", "Shift+F7"),
    RELAY_QUESTION("action.relayQuestion", "F6"),
    APPROVE_QUESTION("action.approveQuestion", "Shift+F6"),
    SKIP_QUESTION("action.skipQuestion", "Shortcut+F6"),
    NOTE_QUESTION("action.noteQuestion", "Shortcut+Shift+N"),
    NEXT_QUESTION("action.nextQuestion", "Alt+Page Down"),
    PREVIOUS_QUESTION("action.previousQuestion", "Alt+Page Up"),
    PASTE_QUESTIONS("action.pasteQuestions", "Shortcut+Shift+V"),
    IMPORT_QUESTIONS("action.importQuestions", null),
    ALLOWED_WORDS("action.allowedWords", null),
    TOGGLE_PREVIEW("action.togglePreview", "F8"),
    KEYS("action.keys", "F1");

    private final String textKey;
    private final KeyCombination key;

    AppAction(String textKey, String key) {
        this.textKey = textKey;
        this.key = key == null ? null : KeyCombination.valueOf(key);
    }

    public String textKey() {
        return textKey;
    }

    /** The key, or null for an action reached only from its menu. */
    public KeyCombination key() {
        return key;
    }

    /** For the speaker keys, which speaker (1-9); 0 for every other action. */
    public int speakerNumber() {
        return name().startsWith("SPEAKER_") ? Integer.parseInt(name().substring("SPEAKER_".length())) : 0;
    }

    /** Actions the text box handles itself, listed in the legend but never dispatched. */
    public boolean isNativeToTheDraft() {
        return this == NEW_PARAGRAPH;
    }

    /**
     * Actions on the selected turns, whose keys (Enter, Delete, Insert, Alt+arrows) mean something
     * else in a text box: they run only while the turn list has the focus.
     */
    public boolean isForTheTurnList() {
        return switch (this) {
            case EDIT_TURN, MERGE_TURN, INSERT_AFTER, INSERT_BEFORE, DELETE_TURNS, MOVE_UP, MOVE_DOWN, EDIT_TIMES -> true;
            default -> false;
        };
    }

    /** Undo and redo, which a text box with typing of its own to undo keeps for itself. */
    /** The keys of live entry, which Help → Keys lists first: what an operator on air needs. */
    public boolean isLive() {
        return switch (this) {
            case NEW_PARAGRAPH, COMMIT, COMMIT_SAME_SPEAKER, SPEAKER_1, SPEAKER_2, SPEAKER_3, SPEAKER_4, SPEAKER_5,
                 SPEAKER_6, SPEAKER_7, SPEAKER_8, SPEAKER_9, CORRECT_LAST, CANCEL_CORRECTION, ROSTER, STUDIO_CLOCK,
                 START_ON_AIR, PUBLISH_NOW, PAUSE_PUBLISHING -> true;
            default -> false;
        };
    }

    /** The recording's keys, which work in a turn edited in place too: the caret stays in the text. */
    public boolean isPlayback() {
        return switch (this) {
            case PLAY_TURN, PLAY_PAUSE, BACK_5, FORWARD_5, SLOWER, FASTER, SYNC_RECORDING -> true;
            default -> false;
        };
    }

    public boolean isUndo() {
        return this == UNDO || this == REDO || this == REDO_AGAIN;
    }

    public static AppAction speaker(int number) {
        return valueOf("SPEAKER_" + number);
    }
}
