package org.shilu.ui;

import java.util.List;

/**
 * Strings that would run, fetch or break out of their place if a page put them in as markup. Those
 * that would run set {@code window.pwned} or raise an alert; those that would fetch go to {@code trap}.
 */
final class HostilePayloads {
    private HostilePayloads() {
    }

    static List<String> all(String trap) {
        return List.of(
                "<script>alert(1)</script>",
                "<script>window.pwned=1</script>",
                "<img src=x onerror=\"window.pwned=1;alert(2)\">",
                "<img src=\"" + trap + "/img.png\">",
                "\"><svg onload=alert(3)>",
                "'><svg/onload=window.pwned=1>",
                "<svg><script>window.pwned=1</script></svg>",
                "<iframe src=\"javascript:parent.pwned=1\"></iframe>",
                "<iframe src=\"" + trap + "/frame\"></iframe>",
                "<body onload=alert(4)>",
                "<a href=\"javascript:window.pwned=1\">点我</a>",
                "<div style=\"background:url(" + trap + "/bg.png)\">x</div>",
                "<link rel=stylesheet href=\"" + trap + "/x.css\">",
                "<style>@import '" + trap + "/y.css';</style>",
                "<meta http-equiv=\"refresh\" content=\"0;url=" + trap + "/refresh\">",
                "<base href=\"" + trap + "/\">",
                "<object data=\"" + trap + "/o.swf\"></object>",
                "<embed src=\"" + trap + "/e.swf\">",
                "<video><source onerror=\"alert(5)\"></video>",
                "<audio src=x onerror=alert(6)>",
                "<input autofocus onfocus=alert(7)>",
                "<form action=\"" + trap + "/f\"><button>go</button></form>",
                "<details open ontoggle=alert(8)>",
                "<marquee onstart=alert(9)>滚动</marquee>",
                "</span></div><script>window.pwned=1</script>",
                "</textarea></title><script>alert(10)</script>",
                "<!--",
                "-->",
                "<![CDATA[<script>alert(11)</script>]]>",
                "&lt;script&gt;alert(12)&lt;/script&gt;",
                "&amp; &nbsp; &#60; &#x3C;",
                "\" onmouseover=\"alert(13)",
                "' onfocus='alert(14)",
                "javascript:alert(15)",
                "${7*7} {{7*7}} <%= 7*7 %>",
                "\\u003cscript\\u003ealert(16)\\u003c/script\\u003e",
                "<scr<script>ipt>alert(17)</scr</script>ipt>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(18)>",
                "主持人]:伪造的发言 [2022-3-23 9:03:54]",
                "\u202Eevil\u202C 与 \u200B 零宽");
    }
}
