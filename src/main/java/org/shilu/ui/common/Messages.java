package org.shilu.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings of the chosen language. */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Why an operation was refused, in the window's language when the refusal names its reason. */
    public String reason(RuntimeException refused) {
        if (refused instanceof org.shilu.model.Refusal refusal && bundle.containsKey(refusal.key())) {
            return text(refusal.key(), refusal.values());
        }
        return refused.getMessage();
    }

    /** An action's menu text, with its mnemonic marked by '_'. */
    public String actionText(AppAction action) {
        return action.speakerNumber() > 0 ? text(action.textKey(), action.speakerNumber()) : text(action.textKey());
    }

    /** An action's name as plain text, for labels and titles: no mnemonic marks. */
    public String actionName(AppAction action) {
        return withoutMnemonic(actionText(action));
    }

    public static String withoutMnemonic(String text) {
        return text.replaceAll("\\(_.\\)", "").replace("_", "").replace("…", "").strip();
    }
}
