package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window reads the binary copies (.bss) that the build writes of its style sheets
 * (src/build/java/BinaryStyleSheets.java): each must hold the same rules as the .css it was made
 * from, so an edit to a .css that the build did not carry over is caught here.
 */
class BinaryStyleSheetsTest {

    @ParameterizedTest
    @CsvSource({
        "/org/shilu/ui/main/main.css, /org/shilu/ui/main/main.bss",
        "/org/controlsfx/control/notificationpane.css, /org/shilu/ui/common/controlsfx/notificationpane.bss",
        "/org/controlsfx/control/statusbar.css, /org/shilu/ui/common/controlsfx/statusbar.bss",
    })
    void binaryCopyHoldsTheSameRulesAsTheStyleSheet(String css, String bss) throws IOException {
        URL source = NotificationPane.class.getResource(css);
        URL binary = BinaryStyleSheetsTest.class.getResource(bss);
        assertNotNull(source, css);
        assertNotNull(binary, bss + " was not written by the build");

        Stylesheet parsed = new CssParser().parse(source);
        Stylesheet loaded = Stylesheet.loadBinary(binary);

        assertFalse(parsed.getRules().isEmpty(), css);
        assertEquals(parsed.getRules().size(), loaded.getRules().size(), bss);
        for (int i = 0; i < parsed.getRules().size(); i++) {
            assertEquals(described(parsed.getRules().get(i)), described(loaded.getRules().get(i)), bss + " rule " + i);
        }
    }

    /** A rule's selectors and declarations (a loaded rule reads its declarations when first asked). */
    private static String described(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getSelectors().toString());
        for (Declaration declaration : rule.getDeclarations()) {
            text.append('\n').append(declaration.getProperty()).append(": ").append(declaration.getParsedValue())
                .append(declaration.isImportant() ? " !important" : "");
        }
        return text.toString();
    }
}
