package org.shilu.format;

import java.io.IOException;
import java.io.InputStream;

/** The golden sample (a copy of the shared fixture) for tests in any package. */
public final class SampleFixture {
    private SampleFixture() {
    }

    public static byte[] bytes() throws IOException {
        try (InputStream in = SampleFixture.class.getResourceAsStream("/org/shilu/samples/lianyungang-2022-03-23.portal.txt")) {
            return in.readAllBytes();
        }
    }

    public static Project project() throws Exception {
        return new PortalTextReader().read(bytes(), "sample").project();
    }

    /** The sample's layout without the page chrome and with a blank line between turns. */
    public static PortalProfile plainSpacedProfile() {
        PortalProfile d = PortalProfile.DEFAULT;
        return new PortalProfile(d.labelStyle(), d.separator(), d.labelOnOwnLine(), d.timePlacement(), d.timePattern(),
                d.timedRoles(), d.printedClock(), false, true, d.lineSeparator(), d.finalNewline());
    }
}
