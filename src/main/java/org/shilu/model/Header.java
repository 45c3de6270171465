package org.shilu.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the page prints above the turns.
 *
 * @param heading       the organiser's heading, such as 连云港市自然资源和规划局 在线访谈
 * @param programme     the programme title
 * @param sectionLabel  the section label, normally 文字实录
 * @param broadcastDate the day of the broadcast, or null when unknown
 * @param introduction  free lines printed before the first turn, such as 以下是访谈文字实录:
 */
public record Header(String heading, String programme, String sectionLabel, LocalDate broadcastDate,
                     List<String> introduction) {
    public static final String DEFAULT_SECTION_LABEL = "文字实录";
    public static final Header EMPTY = new Header("", "", DEFAULT_SECTION_LABEL, null, List.of());

    public Header {
        heading = Text.singleLine("the heading", heading).strip();
        programme = Text.singleLine("the programme title", programme).strip();
        sectionLabel = Text.singleLine("the section label", sectionLabel).strip();
        introduction = List.copyOf(introduction == null ? List.of() : introduction);
        introduction.forEach(line -> Text.singleLine("an introduction line", line));
    }

    public Header withHeading(String newHeading) {
        return new Header(newHeading, programme, sectionLabel, broadcastDate, introduction);
    }

    public Header withProgramme(String newProgramme) {
        return new Header(heading, newProgramme, sectionLabel, broadcastDate, introduction);
    }

    public Header withBroadcastDate(LocalDate newDate) {
        return new Header(heading, programme, sectionLabel, newDate, introduction);
    }
}
