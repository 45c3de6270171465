package org.shilu.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The page the portal shows, as one self-contained HTML file: inline CSS, a small inline script for
 * the 正序/倒序 switch, no external requests. The page is laid out in {@code white-space: pre-wrap}
 * with no white space between elements, so that its text ({@code innerText}) in 正序 is the portal
 * text export of the same transcript and profile. Every text a user typed is HTML-encoded; no user
 * text ever reaches an attribute except the speaker id, encoded strictly.
 */
public final class PortalHtmlWriter {
    /** Turns per block of the page; the preview keeps its blocks about this size. */
    public static final int CHUNK = 128;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");
    private static final String STYLE = resource("portal-page.css");
    private static final String SCRIPT = "\n" + resource("portal-page.js");
    /** Only this page's own script may run: it is named by its hash, so injected markup could run nothing. */
    private static final String SCRIPT_HASH = hashOf(SCRIPT);
    private static final String LIVE_SCRIPT = "\n" + resource("portal-live.js");
    private static final String LIVE_SCRIPT_HASH = hashOf(LIVE_SCRIPT);
    /**
     * What the window's preview marks, never a file: the typist's doubts ({@code <mark class="doubt">})
     * and the ranges of a text holding sensitive words ({@code <mark class="sensitive">}); null for a file.
     */
    private final Function<String, List<int[]>> marked;

    /** The writer of pages and fragments as published: no marks ever reach them. */
    public PortalHtmlWriter() {
        this(null);
    }

    private PortalHtmlWriter(Function<String, List<int[]>> marked) {
        this.marked = marked;
    }

    /** The writer for the window's preview, which marks the typist's doubts and {@code flagged} ranges of each text. */
    public static PortalHtmlWriter marking(Function<String, List<int[]>> flagged) {
        return new PortalHtmlWriter(java.util.Objects.requireNonNull(flagged, "flagged"));
    }

    /**
     * What makes a published page live: the programme's id (the page takes news only from its own
     * programme's feed), each turn's id in the feed, the feed's file name beside the page, and how
     * often (seconds) the page asks it for news; and whether it marks its newest turn for readers.
     */
    public record Live(String programme, List<String> turnIds, String feed, int pollSeconds, boolean markNewest) {
        public Live {
            turnIds = List.copyOf(turnIds);
        }
    }

    /** The whole page. */
    public String page(Project project) {
        StringBuilder html = new StringBuilder(estimateSize(project.transcript()));
        try {
            page(project, html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return html.toString();
    }

    /** The whole page, handed to {@code sink} a block of turns at a time, never held whole. */
    public void page(Project project, Appendable sink) throws java.io.IOException {
        page(project, sink, null);
    }

    /**
     * The page as published live: the same page, whose turns carry their feed ids and whose second
     * script brings in new, edited and deleted turns from {@code live.feed()} without a reload. Its
     * text is the portal text, as for {@link #page(Project)}; with scripts off it is whole as written.
     */
    public String livePage(Project project, Live live) {
        if (live.turnIds().size() != project.transcript().turns().size()) {
            throw new IllegalArgumentException("one id per turn: " + live.turnIds().size() + " ids for "
                    + project.transcript().turns().size() + " turns");
        }
        StringBuilder html = new StringBuilder(estimateSize(project.transcript()));
        try {
            page(project, html, live);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return html.toString();
    }

    private void page(Project project, Appendable sink, Live live) throws java.io.IOException {
        Transcript transcript = project.transcript();
        PortalProfile profile = project.profile();
        String title = !transcript.header().programme().isEmpty() ? transcript.header().programme()
                : transcript.header().heading();
        StringBuilder html = sink instanceof StringBuilder whole ? whole : new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src ").append(SCRIPT_HASH)
                .append(live == null ? "" : " " + LIVE_SCRIPT_HASH + "; connect-src 'self'").append("\">\n")
                .append("<title>").append(escapeText(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>")
                .append("<div id=\"page\">");
        appendHeader(html, transcript, profile);
        appendTurns(html, transcript, profile, html == sink ? null : sink, live);
        html.append("</div>\n<script>").append(SCRIPT).append("</script>\n");
        if (live != null) {
            html.append("<script>").append(LIVE_SCRIPT).append("</script>\n");
        }
        html.append("</body>\n</html>\n");
        if (html != sink) {
            sink.append(html);
        }
    }

    /**
     * The turns block alone, styled inline, for pasting into a portal's CMS editor: no script, no
     * classes that the CMS would not know.
     */
    public String fragment(Project project) {
        Transcript transcript = project.transcript();
        StringBuilder html = new StringBuilder(estimateSize(transcript));
        html.append("<div style=\"white-space:pre-wrap\">");
        for (Turn turn : transcript.turns()) {
            Speaker speaker = transcript.speakerOf(turn);
            html.append(project.profile().blankLineBetweenTurns() ? "<p>" : "<div>")
                    .append("<strong>").append(escapeText(PortalTextWriter.mark(speaker, project.profile())))
                    .append("</strong>").append(escapeText(newlines(PortalTextWriter.body(turn, speaker, project.profile()))))
                    .append(project.profile().blankLineBetweenTurns() ? "</p>" : "</div>");
        }
        return html.append("</div>\n").toString();
    }

    /** One turn as the page's {@code #turns} block holds it; the preview patches the page with these. */
    public String turn(Transcript transcript, Turn turn, PortalProfile profile) {
        StringBuilder html = new StringBuilder(128);
        appendTurn(html, transcript.speakerOf(turn), turn, profile, null, marked);
        return html.toString();
    }

    private static void appendHeader(StringBuilder html, Transcript transcript, PortalProfile profile) {
        html.append("<div id=\"header\">");
        List<String> lines = PortalTextWriter.headerLines(transcript.header(), profile);
        boolean switchShown = false;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.append('\n');
            }
            String line = lines.get(i);
            if (profile.pageChrome() && i == 0) {
                html.append("<span class=\"heading\">").append(escapeText(line)).append("</span>");
            } else if (profile.pageChrome() && i == 1) {
                html.append("<span class=\"programme\">").append(escapeText(line)).append("</span>");
            } else if (profile.pageChrome() && PageChrome.ORDER_SWITCH.equals(line) && !switchShown) {
                switchShown = true;
                html.append("<span class=\"order current\" id=\"order-forward\" role=\"button\" tabindex=\"0\">")
                        .append(PageChrome.FORWARD).append("</span>")
                        .append(escapeText(line.substring(PageChrome.FORWARD.length(),
                                line.length() - PageChrome.REVERSE.length())))
                        .append("<span class=\"order\" id=\"order-reverse\" role=\"button\" tabindex=\"0\">")
                        .append(PageChrome.REVERSE).append("</span>");
            } else {
                html.append(escapeText(line));
            }
        }
        if (!switchShown) {
            // A layout without the page chrome still gets the switch; its words are drawn by CSS,
            // so that the page's text stays the portal text.
            html.append("<span class=\"switch\"><span class=\"order current drawn-forward\" id=\"order-forward\" ")
                    .append("role=\"button\" tabindex=\"0\" aria-label=\"正序\"></span><span class=\"order drawn-reverse\" ")
                    .append("id=\"order-reverse\" role=\"button\" tabindex=\"0\" aria-label=\"倒序\"></span></span>");
        }
        html.append("</div>");
    }

    /**
     * The turns, in blocks of {@value #CHUNK}: a browser lays out a turn added to a block without
     * walking every other turn of the page, and the text reads the same (a block boundary is one
     * line break however deep it is).
     */
    private void appendTurns(StringBuilder html, Transcript transcript, PortalProfile profile, Appendable sink,
                             Live live) throws java.io.IOException {
        html.append("<div id=\"turns\" data-order=\"forward\"")
                .append(profile.blankLineBetweenTurns() ? " class=\"spaced\"" : "");
        if (live != null) {
            html.append(" data-programme=\"").append(escapeAttribute(live.programme()))
                    .append("\" data-feed=\"").append(escapeAttribute(live.feed())).append("\" data-poll=\"")
                    .append(live.pollSeconds()).append('"');
            if (live.markNewest()) {
                html.append(" data-newest=\"mark\"");
            }
        }
        html.append('>');
        List<Turn> turns = transcript.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (i % CHUNK == 0) {
                html.append(i == 0 ? "" : "</div>").append("<div class=\"chunk\">");
                if (sink != null && html.length() > 1 << 15) {
                    sink.append(html);
                    html.setLength(0);
                }
            }
            appendTurn(html, transcript.speakerOf(turns.get(i)), turns.get(i), profile,
                    live == null ? null : live.turnIds().get(i), marked);
        }
        html.append(turns.isEmpty() ? "" : "</div>").append("</div>");
    }

    /**
     * A turn as the page shows it: its speaker, the label's colour (null when none is set), the
     * label, the text and the printed time that closes it (null when none is printed). The page and
     * the published feed are both made from these, so they always agree.
     */
    public record TurnParts(String speakerId, String colour, String label, String text, String time) {
    }

    public static TurnParts parts(Speaker speaker, Turn turn, PortalProfile profile) {
        String body = newlines(PortalTextWriter.body(turn, speaker, profile));
        LocalDateTime time = PortalTextWriter.printedTime(turn, profile, speaker);
        // The printed time closes the body: " [2022-3-23 9:03:54]", or the same on its own line.
        int timeLength = time == null ? 0 : profile.timeFormatter().format(time).length() + 3;
        return new TurnParts(speaker.id(), COLOUR.matcher(speaker.colour()).matches() ? speaker.colour() : null,
                PortalTextWriter.mark(speaker, profile), body.substring(0, body.length() - timeLength),
                time == null ? null : body.substring(body.length() - timeLength));
    }

    private static void appendTurn(StringBuilder html, Speaker speaker, Turn turn, PortalProfile profile, String id,
                                   Function<String, List<int[]>> marked) {
        String element = profile.blankLineBetweenTurns() ? "p" : "div";
        TurnParts parts = parts(speaker, turn, profile);
        html.append('<').append(element).append(" class=\"turn\" data-speaker=\"")
                .append(escapeAttribute(parts.speakerId())).append('"');
        if (id != null) {
            html.append(" data-id=\"").append(escapeAttribute(id)).append('"');
        }
        html.append("><span class=\"label\"");
        if (parts.colour() != null) {
            html.append(" style=\"color:").append(parts.colour()).append('"');
        }
        html.append('>').append(escapeText(parts.label())).append("</span>");
        if (marked == null) {
            html.append(escapeText(parts.text()));
        } else {
            appendMarked(html, parts.text(), turn.doubts(), marked);
        }
        if (parts.time() != null) {
            html.append("<span class=\"time\">").append(escapeText(parts.time())).append("</span>");
        }
        html.append("</").append(element).append('>');
    }

    /**
     * The text, each doubt's text marked where it comes in order (the body is the turn's text as the
     * portal prints it), and the ranges {@code flagged} finds in it.
     */
    private static void appendMarked(StringBuilder html, String text, List<org.shilu.model.Doubt> doubts,
                                     Function<String, List<int[]>> flagged) {
        List<int[]> doubted = new java.util.ArrayList<>();
        int at = 0;
        for (org.shilu.model.Doubt doubt : doubts) {
            int found = text.indexOf(doubt.text(), at);
            if (found >= 0) {
                doubted.add(new int[] {found, found + doubt.text().length()});
                at = found + doubt.text().length();
            }
        }
        for (org.shilu.model.MarkedRun run : org.shilu.model.MarkedRun.of(text.length(), doubted, flagged.apply(text))) {
            String piece = escapeText(text.substring(run.start(), run.end()));
            if (run.kinds() == 0) {
                html.append(piece);
                continue;
            }
            String kind = ((run.kinds() & org.shilu.model.MarkedRun.DOUBT) != 0 ? "doubt " : "")
                    + ((run.kinds() & org.shilu.model.MarkedRun.FLAGGED) != 0 ? "sensitive" : "");
            html.append("<mark class=\"").append(kind.strip()).append('"')
                    .append((run.kinds() & org.shilu.model.MarkedRun.FLAGGED) != 0 ? " style=\"background:#ffcdd2;color:#b71c1c\"" : "")
                    .append('>').append(piece).append("</mark>");
        }
    }

    /** OWASP's rule for text between tags: the five characters that can end or start markup. */
    public static String escapeText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#x27;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** OWASP's stricter rule for attribute values: everything but letters and digits as a character reference. */
    static String escapeAttribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append((char) c);
            } else {
                out.append("&#x").append(Integer.toHexString(c)).append(';');
            }
        });
        return out.toString();
    }

    private static String newlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int estimateSize(Transcript transcript) {
        long chars = 4096;
        for (Turn turn : transcript.turns()) {
            for (String paragraph : turn.paragraphs()) {
                chars += paragraph.length() + 2;
            }
            chars += 120;
        }
        return (int) Math.min(chars, Integer.MAX_VALUE - 16);
    }

    private static String hashOf(String script) {
        return "'sha256-" + java.util.Base64.getEncoder().encodeToString(sha256(script)) + "'";
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PortalHtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page's " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
